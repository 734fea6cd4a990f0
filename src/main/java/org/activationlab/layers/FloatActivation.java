package org.activationlab.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ReLU and leaky ReLU of big float layers in training, cheaper than DL4J's {@code IActivation} and
 * with the same bits. Forward: ND4J's own legacy op (the one DL4J calls) from z straight into the
 * activations array, instead of a copy of z and the op in place. Backward: δ = f′(z) ⊙ ε in Java,
 * the raw bits of z and ε copied once from native memory into reused int arrays (bulk
 * {@code IntBuffer} copies), one loop of {@link HostReLU}, one copy back.
 *
 * <p>Why: DL4J's ReLU backward is a libnd4j custom op whose kernel calls a {@code std::function} per
 * element; the Java loop on the raw bits is cheaper at the MLP's sizes under the CLI's quick JIT
 * tier (profiled) and its loop 3× faster again under C2. A Java forward loop was not cheaper: the
 * legacy op is vectorised (BENCHMARKS.md, round 3). Other functions stay on ND4J: their Java twins
 * are slower there (tanh, sigmoid and the exponential ones) and not bit-identical to libnd4j's float
 * kernels.
 */
final class FloatActivation {
    /** Off: ND4J's ops for every size (tests compare the two paths). */
    static volatile boolean enabled = true;
    /** Calls so far, all threads (lets tests see which path ran). */
    static final java.util.concurrent.atomic.LongAdder CALLS = new java.util.concurrent.atomic.LongAdder();

    private final HostReLU f;
    private int[] values = new int[0];
    private int[] epsilons = new int[0];

    private FloatActivation(HostReLU f) {
        this.f = f;
    }

    /** The Java path for {@code f} in a network of {@code type}, or null where ND4J stays. */
    static FloatActivation of(HostActivation f, DataType type) {
        return type == DataType.FLOAT && f instanceof HostReLU relu ? new FloatActivation(relu) : null;
    }

    /** Whether the path is on and the arrays are float, dense and laid out alike, so that element k means the same in each. */
    static boolean suits(INDArray a, INDArray b) {
        return enabled && dense(a) && dense(b) && a.ordering() == b.ordering() && a.equalShapes(b);
    }

    private static boolean dense(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.length() <= Integer.MAX_VALUE
                && Shape.hasDefaultStridesForShape(a);
    }

    /** {@code out} = f(z) by the kernel DL4J's activation runs in place. */
    INDArray activate(INDArray z, INDArray out) {
        CALLS.increment();
        Nd4j.getExecutioner().exec(f.alpha() == 0 ? new RectifiedLinear(z, out) : new LeakyReLU(z, out, f.alpha()));
        return out;
    }

    /** δ = f′(z) ⊙ ε, written over z (a pre-activation that is used up by this pass). */
    INDArray delta(INDArray z, INDArray epsilon) {
        CALLS.increment();
        int n = (int) z.length();
        int[] v = read(z, values = sized(values, n), n);
        int[] e = read(epsilon, epsilons = sized(epsilons, n), n);
        f.deltaInPlace(v, e, n);
        return write(e, z, n);
    }

    private static int[] sized(int[] a, int n) {
        return a.length >= n ? a : new int[n];
    }

    /** The floats' raw bits; a view's buffer starts at the view's first element. */
    private static int[] read(INDArray a, int[] into, int n) {
        a.data().asNioInt().get(into, 0, n);
        return into;
    }

    private static INDArray write(int[] from, INDArray a, int n) {
        a.data().asNioInt().put(from, 0, n);
        return a;
    }
}
