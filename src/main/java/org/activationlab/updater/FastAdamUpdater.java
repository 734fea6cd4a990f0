package org.activationlab.updater;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * DL4J's {@link AdamUpdater} with the float update done in a plain Java loop: bit for bit libnd4j's
 * {@code adam_updater} op, 4–5× faster once HotSpot's optimising compiler (C2) has vectorised the loop;
 * under the quick JIT tier alone ({@code -XX:TieredStopAtLevel=1}, the CLI's default) about as fast as
 * the op. Per element, in float, as libnd4j computes it:
 * <pre>
 *   m ← β₁·m + g·(1 − β₁)      v ← β₂·v + g²·(1 − β₂)      g ← m·α / (√v + ε)
 *   α = lr · √(1 − β₂ᵗ) / (1 − β₁ᵗ),   t = iteration + 1
 * </pre>
 * βᵗ comes from libnd4j's own {@code pow} ({@link NativePowers}), as in the op.
 * Double-precision arrays, strided views and ε = 0 (which libnd4j may replace) go to the stock op.
 *
 * <p>Why: on the 784-256-256-10 MLP (269,322 parameters, one OpenMP thread) the native op takes ≈ 2.0 ms
 * per step. The loop works on Java arrays, and the copies between them and native memory are most of
 * what is left under C2 (a 1 MB vector each): a one-pass step ({@link ParameterStep}) copies the gradient
 * in and the parameters in and out. m and v stay in Java between steps once the owner asks for it
 * ({@link ResidentState}: the network's {@code FastMultiLayerUpdater} does, and writes them back before
 * anybody reads the state); otherwise, as in DL4J's stock updater, every step also reads and writes
 * them (7 copies instead of 3). Measured ({@code BenchMain --work adam}, CPU per update, loaded machine):
 * 0.99 → 0.37 ms with C2, 3.2 → 2.3 ms under the quick tier, where the unvectorised loop is what is left;
 * in MLP training the step fell from 13.9 % to 7.8 % of the training thread (C2), 22.7 % to 18.5 % (quick
 * tier; BENCHMARKS.md, round 3). The INDArray accessors of the state ({@link #getM()}, {@link #getV()},
 * {@link #getState()}, and the setters) write the Java copy back first and drop it, so they always
 * see, and set, the state the next step uses. An array obtained from them is up to date until the
 * next step, not after it.
 *
 * <p>The Java arrays belong to this instance: one updater per updater block of one network, used by the
 * thread that trains it.
 */
public class FastAdamUpdater extends AdamUpdater implements ParameterStep, ResidentState {
    private float[] gradientScratch = new float[0];
    private float[] paramScratch = new float[0];
    /** Java copies of m and v (in that order). */
    private final JavaCopies moments = new JavaCopies(2);
    private boolean resident;
    private NativePowers beta1Powers;
    private NativePowers beta2Powers;

    /** Takes over the configuration and state views DL4J set up in {@code stock}. */
    FastAdamUpdater(AdamUpdater stock) {
        super(stock.getConfig());
        setM(stock.getM());
        setV(stock.getV());
        setGradientReshapeOrder(stock.getGradientReshapeOrder());
        JitPriming.once("adam", FastAdamUpdater::primeLoops);
    }

    /** One call of each loop on arrays of {@link JitPriming}'s length ({@link JitPriming}: why). */
    static void primeLoops() {
        int n = JitPriming.LENGTH;
        float[] g = JitPriming.ramp();
        float[] m = new float[n];
        float[] v = new float[n];
        updateInto(g, m, v, n, 0.9f, 0.999f, 1e-3f, 1e-8f);
        stepInto(JitPriming.ramp(), g, m, v, n, 128, 0.9f, 0.999f, 1e-3f, 1e-8f);
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        if (!runsInJava(gradient)) {
            releaseState(); // the op reads and writes the views
            super.applyUpdater(gradient, iteration, epoch);
            return;
        }
        update(gradient, null, 1, iteration, epoch);
    }

    @Override
    public boolean accepts(INDArray gradient, INDArray params) {
        return runsInJava(gradient) && FloatVectors.contiguous(params, gradient.length());
    }

    @Override
    public boolean step(INDArray gradient, INDArray params, int divisor, int iteration, int epoch) {
        if (!accepts(gradient, params)) {
            return false;
        }
        update(gradient, params, divisor, iteration, epoch);
        return true;
    }

    /**
     * The rule on {@code gradient}; the update goes into {@code gradient} (DL4J's applyUpdater, after DL4J divided
     * by the minibatch), or, with {@code params}, the rule on {@code gradient / divisor} is subtracted from them
     * (x / 1 is x exactly, so both loops compute the same floats for divisor 1).
     */
    private void update(INDArray gradient, INDArray params, int divisor, int iteration, int epoch) {
        Adam config = getConfig();
        float beta1 = (float) config.getBeta1();
        float beta2 = (float) config.getBeta2();
        float epsilon = (float) config.getEpsilon();
        beta1Powers = NativePowers.of(beta1, beta1Powers);
        beta2Powers = NativePowers.of(beta2, beta2Powers);
        float alpha = stepSize((float) config.getLearningRate(iteration, epoch), beta1Powers.at(iteration),
                beta2Powers.at(iteration), epsilon);

        int n = (int) gradient.length();
        if (gradientScratch.length < n) {
            gradientScratch = new float[n];
        }
        float[] g = FloatVectors.read(gradient, gradientScratch, n);
        float[][] state = moments.open(n, super.getM(), super.getV());
        float[] m = state[0];
        float[] v = state[1];
        if (params == null) {
            updateInto(g, m, v, n, beta1, beta2, alpha, epsilon);
            FloatVectors.write(g, gradient, n);
        } else {
            float[] p = FloatVectors.read(params, paramScratch(n), n);
            stepInto(p, g, m, v, n, divisor, beta1, beta2, alpha, epsilon);
            FloatVectors.write(p, params, n);
        }
        if (!resident) {
            releaseState();
        }
    }

    /*
     * The rule's loop, twice: once writing the update into g (DL4J's applyUpdater, which a network's first step
     * takes through fit), once subtracting it from the parameters (the one-pass step). In one loop with a branch,
     * C2's compiled loop trapped back to the interpreter whenever a new training's first step took the branch the
     * others had not (-XX:+LogCompilation: Adam's update compiled four times in a Fashion-MNIST compare). The
     * same float operations in the same order in both.
     */

    /** g ← m·α / (√v + ε) after the moments' update, for the first {@code n} elements. */
    static void updateInto(float[] g, float[] m, float[] v, int n, float beta1, float beta2, float alpha, float epsilon) {
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float mi = beta1 * m[i] + gi * (1 - beta1);
            float vi = beta2 * v[i] + gi * gi * (1 - beta2);
            m[i] = mi;
            v[i] = vi;
            g[i] = mi * alpha / ((float) Math.sqrt(vi) + epsilon);
        }
    }

    /** p ← p − m·α / (√v + ε) with the moments updated from g / divisor, for the first {@code n} elements. */
    static void stepInto(float[] p, float[] g, float[] m, float[] v, int n, int divisor, float beta1, float beta2,
                         float alpha, float epsilon) {
        float d = divisor;
        for (int i = 0; i < n; i++) {
            float gi = g[i] / d;
            float mi = beta1 * m[i] + gi * (1 - beta1);
            float vi = beta2 * v[i] + gi * gi * (1 - beta2);
            m[i] = mi;
            v[i] = vi;
            p[i] -= mi * alpha / ((float) Math.sqrt(vi) + epsilon);
        }
    }

    private float[] paramScratch(int n) {
        if (paramScratch.length < n) {
            paramScratch = new float[n];
        }
        return paramScratch;
    }

    /**
     * libnd4j's step size from β₁ᵗ and β₂ᵗ, with its float/double mix: the square root in float, the division
     * in double; a step size that is 0, infinite or NaN becomes ε, as there.
     */
    private static float stepSize(float learningRate, float beta1t, float beta2t, float epsilon) {
        float alpha = (float) (learningRate * (float) Math.sqrt((float) (1.0 - beta2t)) / (1.0 - beta1t));
        return Float.isNaN(alpha) || Float.isInfinite(alpha) || alpha == 0 ? epsilon : alpha;
    }

    /** True when gradient, m and v are float vectors of one length, each contiguous in its buffer. */
    boolean runsInJava(INDArray gradient) {
        INDArray m = super.getM(); // not this.getM(): that writes the Java copy back
        INDArray v = super.getV();
        long n = gradient.length();
        return m != null && v != null && n <= Integer.MAX_VALUE && (float) getConfig().getEpsilon() != 0
                && FloatVectors.contiguous(gradient, n) && FloatVectors.contiguous(m, n) && FloatVectors.contiguous(v, n);
    }

    @Override
    public void keepStateResident() {
        resident = true;
    }

    @Override
    public void releaseState() {
        moments.release(super.getM(), super.getV());
    }

    /** m, brought up to date (the Java copy written back and dropped). */
    @Override
    public INDArray getM() {
        releaseState();
        return super.getM();
    }

    /** v, brought up to date (the Java copy written back and dropped). */
    @Override
    public INDArray getV() {
        releaseState();
        return super.getV();
    }

    @Override
    public Map<String, INDArray> getState() {
        releaseState();
        return super.getState();
    }

    @Override
    public void setM(INDArray m) {
        releaseState();
        super.setM(m);
    }

    @Override
    public void setV(INDArray v) {
        releaseState();
        super.setV(v);
    }

    @Override
    public void setState(Map<String, INDArray> stateMap, boolean initialize) {
        releaseState();
        super.setState(stateMap, initialize);
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        releaseState();
        super.setStateViewArray(viewArray, gradientShape, gradientOrder, initialize);
    }
}
