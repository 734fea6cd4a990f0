package org.activationlab.layers;

import java.nio.FloatBuffer;
import org.activationlab.updater.JitPriming;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;

/**
 * tanh and sigmoid of big float layers: δ from the output a = f(z) that the forward pass produced,
 * instead of libnd4j's backward op, which computes f(z) again ({@code powf}/{@code expf} per element)
 * inside a {@code std::function} per element.
 *
 * <p>sigmoid: bit for bit DL4J's. Its forward pass is ND4J's own legacy op, and libnd4j 1.0.0-M2.1 computes both
 * passes with the same float function ({@code nd4j_sigmoid}): the backward helper ({@code sigmoidDerivative_})
 * recomputes the same a from z and forms, in float, {@code ε·(a·(1 − a))}. Java's float arithmetic is IEEE single
 * precision with no fused multiply-add, and so, as measured, is that of libnd4j's x86-64 build: the same expression
 * in the same order gives the same float. {@code FloatActivationTest} checks the recomputed a and δ over the whole
 * float range.
 *
 * <p>tanh: a in Java ({@link FloatTanh}, vectorised, where libnd4j calls {@code powf} per element), within
 * {@value FloatTanh#FROM_LIBND4J} of libnd4j's; δ = {@code ε·(1 − a·a)} from it, as libnd4j's helper forms it from
 * its own a. The test pass computes a with the same function ({@link #inferenceInPlace}), so a network's
 * {@code output()} is what it was trained with.
 *
 * <p>a is copied into a Java array right after the forward op: the activations array belongs to
 * DL4J's workspace and becomes the next layer's input, so nothing here depends on what happens to
 * it before the backward pass. The copy is the one the backward pass would need anyway.
 */
final class FloatFromOutput extends FloatActivation {
    /** The bit that makes a NaN quiet, as x86 arithmetic sets it on a NaN operand. */
    private static final int QUIET = 0x00400000;

    /** The function's forward pass and δ from its output, in libnd4j's order of operations. */
    enum Function {
        TANH {
            @Override
            void forward(INDArray z, INDArray out, float[] a, int n) {
                z.data().asNioFloat().get(a, 0, n);
                FloatTanh.applyInPlace(a, n);
                out.data().asNioFloat().put(a, 0, n);
            }

            @Override
            void deltaInPlace(float[] a, float[] epsilon, int n) {
                for (int k = 0; k < n; k++) {
                    float t = a[k];
                    float slope = 1f - t * t;
                    float e = epsilon[k];
                    float d = e * slope;
                    epsilon[k] = d == d ? d : nanProduct(e, slope, true);
                }
            }
        },
        SIGMOID {
            @Override
            void forward(INDArray z, INDArray out, float[] a, int n) {
                Nd4j.getExecutioner().exec(new Sigmoid(z, out));
                out.data().asNioFloat().get(a, 0, n);
            }

            @Override
            void deltaInPlace(float[] a, float[] epsilon, int n) {
                for (int k = 0; k < n; k++) {
                    float s = a[k];
                    float slope = s * (1f - s);
                    float e = epsilon[k];
                    float d = e * slope;
                    epsilon[k] = d == d ? d : nanProduct(e, slope, false);
                }
            }
        };

        /**
         * ε·f′ when it is NaN, with libnd4j's NaN when both factors are: its compiled kernels choose
         * by operand order (measured: tanh's keeps ε's, quieted; sigmoid's keeps f′'s), where Java's
         * {@code *} leaves the choice to the JIT. Any other product is the same float in either order.
         * A method of its own, called only for NaN, so that the loop stays small under the quick JIT
         * tier (which does not inline a longer method: a call per element cost twice the loop).
         */
        private static float nanProduct(float epsilon, float slope, boolean epsilonsNaN) {
            if (epsilon == epsilon || slope == slope) {
                return epsilon * slope;
            }
            return epsilonsNaN ? Float.intBitsToFloat(Float.floatToRawIntBits(epsilon) | QUIET) : slope;
        }

        /** {@code out} = f(z), and its first {@code n} elements also in {@code a}. */
        abstract void forward(INDArray z, INDArray out, float[] a, int n);

        /** ε ← f′ ⊙ ε for the first {@code n} elements, from the outputs {@code a}. */
        abstract void deltaInPlace(float[] a, float[] epsilon, int n);
    }

    private final Function f;
    private float[] outputs = new float[0];
    private float[] epsilons = new float[0];
    /** The z whose outputs are held, or null. */
    private INDArray outputsOf;

    FloatFromOutput(Function f) {
        this.f = f;
        JitPriming.once("FloatFromOutput." + f, () -> {
            float[] a = JitPriming.ramp();
            if (f == Function.TANH) {
                FloatTanh.applyInPlace(a, a.length);
            }
            f.deltaInPlace(a, JitPriming.ramp(), a.length);
        });
    }

    @Override
    INDArray activate(INDArray z, INDArray out) {
        CALLS.increment();
        int n = (int) out.length();
        f.forward(z, out, outputs = sized(outputs, n), n);
        outputsOf = z;
        return out;
    }

    /**
     * tanh's test pass in Java too, with the training pass's function; sigmoid's is DL4J's own op already. In
     * chunks of this thread's own: a buffer the size of the pass would stay with the layer (10 MB per layer
     * for 10,000 rows of 256, in every network a sweep keeps), and the kept outputs must stay as they are for a
     * backward pass after it.
     */
    @Override
    INDArray inferenceInPlace(INDArray z) {
        if (f != Function.TANH) {
            return null;
        }
        CALLS.increment();
        int n = (int) z.length();
        FloatBuffer values = z.data().asNioFloat();
        float[] chunk = CHUNK.get();
        for (int from = 0; from < n; from += chunk.length) {
            int length = Math.min(chunk.length, n - from);
            values.get(from, chunk, 0, length);
            FloatTanh.applyInPlace(chunk, length);
            values.put(from, chunk, 0, length);
        }
        return z;
    }

    private static final ThreadLocal<float[]> CHUNK = ThreadLocal.withInitial(() -> new float[1 << 14]);

    @Override
    boolean hasDeltaFor(INDArray z) {
        return outputsOf == z;
    }

    @Override
    INDArray delta(INDArray z, INDArray epsilon) {
        if (!hasDeltaFor(z)) {
            throw new IllegalStateException("δ from the output needs the training forward pass on this z first");
        }
        CALLS.increment();
        outputsOf = null;
        int n = (int) z.length();
        float[] e = epsilons = sized(epsilons, n);
        epsilon.data().asNioFloat().get(e, 0, n);
        f.deltaInPlace(outputs, e, n);
        z.data().asNioFloat().put(e, 0, n);
        return z;
    }

    @Override
    void forget() {
        outputsOf = null;
    }
}
