package org.activationlab.updater;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.SgdUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * DL4J's {@link SgdUpdater} (update = learning rate × gradient) with small float gradients scaled in
 * Java: libnd4j's {@code sgd_updater} op multiplies in float by the float learning rate, and so does
 * this loop, bit for bit. Why: for a Playground-sized network the op's fixed cost (≈ 25 µs) is one of
 * the two ND4J operations left in a training step; large gradients keep the op.
 */
public class FastSgdUpdater extends SgdUpdater implements ParameterStep {
    /** Largest gradient (elements) scaled in Java. */
    static final int JAVA_LIMIT = 16_384;

    private float[] scratch = new float[0];
    private float[] paramScratch = new float[0];

    FastSgdUpdater(Sgd config) {
        super(config);
        JitPriming.once("sgd", () -> {
            float[] g = JitPriming.ramp();
            scaleInPlace(g, g.length, 0.1f);
            stepInto(JitPriming.ramp(), g, g.length, 128, 0.1f);
        });
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        long n = gradient.length();
        if (n > JAVA_LIMIT || !FloatVectors.contiguous(gradient, n)) {
            super.applyUpdater(gradient, iteration, epoch);
            return;
        }
        float learningRate = (float) getConfig().getLearningRate(iteration, epoch);
        if (scratch.length < n) {
            scratch = new float[(int) n];
        }
        float[] g = FloatVectors.read(gradient, scratch, (int) n);
        scaleInPlace(g, (int) n, learningRate);
        FloatVectors.write(g, gradient, (int) n);
    }

    /** {@code params -= learningRate × (gradient / divisor)}, in float, any length (one Java pass beats two ops). */
    @Override
    public boolean accepts(INDArray gradient, INDArray params) {
        long n = gradient.length();
        return n <= Integer.MAX_VALUE && FloatVectors.contiguous(gradient, n) && FloatVectors.contiguous(params, n);
    }

    @Override
    public boolean step(INDArray gradient, INDArray params, int divisor, int iteration, int epoch) {
        if (!accepts(gradient, params)) {
            return false;
        }
        long n = gradient.length();
        float learningRate = (float) getConfig().getLearningRate(iteration, epoch);
        if (scratch.length < n || paramScratch.length < n) {
            scratch = new float[(int) n];
            paramScratch = new float[(int) n];
        }
        float[] g = FloatVectors.read(gradient, scratch, (int) n);
        float[] p = FloatVectors.read(params, paramScratch, (int) n);
        stepInto(p, g, (int) n, divisor, learningRate);
        FloatVectors.write(p, params, (int) n);
        return true;
    }

    /*
     * The rule's loops, in methods of their own: the ones C2 compiles under the CLI's kernels JIT choice, primed
     * when the first updater is made (JitPriming).
     */

    /** g ← learningRate · g for the first {@code n} elements (DL4J's applyUpdater). */
    static void scaleInPlace(float[] g, int n, float learningRate) {
        for (int i = 0; i < n; i++) {
            g[i] *= learningRate;
        }
    }

    /** p ← p − (g / divisor) · learningRate for the first {@code n} elements (the one-pass step). */
    static void stepInto(float[] p, float[] g, int n, int divisor, float learningRate) {
        float d = divisor;
        for (int i = 0; i < n; i++) {
            p[i] -= g[i] / d * learningRate;
        }
    }
}
