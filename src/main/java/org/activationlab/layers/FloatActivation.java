package org.activationlab.layers;

import java.util.concurrent.atomic.LongAdder;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/**
 * An activation of big float layers in training, cheaper than DL4J's {@code IActivation} and with the
 * same bits, except tanh's forward pass, which is within float tolerance ({@link FloatTanh}). Forward: ND4J's own
 * legacy op (the one DL4J calls) from z straight into the activations array, instead of a copy of z and the op in
 * place; tanh's in Java. Backward: δ = f′ ⊙ ε in one Java loop over whole
 * arrays copied once from native memory, instead of libnd4j's custom op, whose kernel calls a
 * {@code std::function} per element ({@link FloatReLU}: ReLU and leaky ReLU from z;
 * {@link FloatFromOutput}: tanh and sigmoid from the output the forward pass produced, where the
 * custom op computes the function a second time).
 *
 * <p>Other functions stay on ND4J: their Java twins are slower there (the exponential ones) or not
 * bit-identical to libnd4j's float kernels, and the slopes of ELU, SELU, softplus, GELU and swish are
 * not computed by libnd4j from f(z) (BENCHMARKS.md, rounds 3 and 4).
 */
abstract sealed class FloatActivation permits FloatReLU, FloatFromOutput {
    /** Off: ND4J's ops for every size (tests compare the two paths). */
    static volatile boolean enabled = true;
    /** Calls so far, all threads (lets tests see which path ran). */
    static final LongAdder CALLS = new LongAdder();

    /** The Java path for {@code fn} in a network of {@code type}, or null where ND4J stays. */
    static FloatActivation of(IActivation fn, DataType type) {
        if (type != DataType.FLOAT) {
            return null;
        }
        if (fn instanceof ActivationTanH) {
            return new FloatFromOutput(FloatFromOutput.Function.TANH);
        }
        if (fn instanceof ActivationSigmoid) {
            return new FloatFromOutput(FloatFromOutput.Function.SIGMOID);
        }
        return HostActivation.of(fn, type) instanceof HostReLU relu ? new FloatReLU(relu) : null;
    }

    /** Whether the path is on and the arrays are float, dense and laid out alike, so that element k means the same in each. */
    static boolean suits(INDArray a, INDArray b) {
        return enabled && dense(a) && dense(b) && a.ordering() == b.ordering() && a.equalShapes(b);
    }

    /** A float array with the default strides of its shape and order, addressable by an int index. */
    static boolean dense(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.length() <= Integer.MAX_VALUE
                && Shape.hasDefaultStridesForShape(a);
    }

    /** {@code out} = f(z) by the kernel DL4J's activation runs in place. */
    abstract INDArray activate(INDArray z, INDArray out);

    /**
     * f(z) written over z for a test-mode pass where this class computes f other than DL4J's op does (tanh,
     * {@link FloatTanh}), so that test passes see the function training used; null where DL4J's op is the same.
     */
    INDArray inferenceInPlace(INDArray z) {
        return null;
    }

    /** Whether {@link #delta} can compute δ for this z (the forward pass it needs ran on it). */
    abstract boolean hasDeltaFor(INDArray z);

    /** δ = f′(z) ⊙ ε, written over z (a pre-activation that is used up by this pass). */
    abstract INDArray delta(INDArray z, INDArray epsilon);

    /** Drops whatever was kept from the last {@link #activate} (z changed without it). */
    abstract void forget();

    static int[] sized(int[] a, int n) {
        return a.length >= n ? a : new int[n];
    }

    static float[] sized(float[] a, int n) {
        return a.length >= n ? a : new float[n];
    }
}
