package org.activationlab.layers;

import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import java.util.function.DoubleUnaryOperator;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link Affine}'s products for tiny layers, computed in Java.
 *
 * <p>Why: every ND4J operation costs a fixed 15–40 µs (JNI, shape buffers, op contexts), whatever its
 * size. A 2-4-1 network's training step is about 30 such operations, so its run time is almost all
 * overhead, while the arithmetic itself is a few hundred multiply-adds. Below
 * {@link #maxMultiplyAdds} multiply-adds per product the layer reads its few numbers once, computes
 * in double precision, and writes the results into the arrays DL4J expects (activations, gradient
 * views, ε for the layer below). Bigger layers keep ND4J's BLAS path.
 */
final class HostAffine {
    /**
     * Largest rows × inputs × outputs computed in Java (see BENCHMARKS.md for the crossover measured).
     * Not final so that tests can force either path.
     */
    static volatile long maxMultiplyAdds = 16_384;

    /** Forward passes computed in Java so far, all threads (lets tests see which path ran). */
    static final java.util.concurrent.atomic.LongAdder PASSES = new java.util.concurrent.atomic.LongAdder();

    /**
     * A forward pass kept for the backward pass: the input it was computed from, x and z row-major, and
     * the rounding to the network's type that every stored number goes through.
     */
    record Pass(INDArray input, int rows, double[] x, double[] z, DoubleUnaryOperator round) {
    }

    /**
     * Rounding to {@code type}: numbers are computed in double but rounded wherever ND4J would store them
     * in an array of the network's type, so float networks overflow to ∞ (and diverge) exactly when
     * ND4J's do.
     */
    static DoubleUnaryOperator rounding(DataType type) {
        return type == DataType.FLOAT ? v -> (float) v : v -> v;
    }

    private HostAffine() {
    }

    /** Whether {@code layer} on {@code x} is small enough, and of a type, for the Java path. */
    static boolean suits(BaseLayer<?> layer, INDArray x, long outputs) {
        DataType type = layer.getParam(DefaultParamInitializer.WEIGHT_KEY).dataType();
        return (type == DataType.FLOAT || type == DataType.DOUBLE) && x.rank() == 2 && x.dataType().isFPType()
                && layer.getMaskArray() == null && x.size(0) * x.size(1) * outputs <= maxMultiplyAdds;
    }

    /** z = x·W + b for {@code layer}'s current parameters. */
    static Pass forward(BaseLayer<?> layer, INDArray x) {
        Affine.checkInput(layer, x);
        PASSES.increment();
        int rows = (int) x.size(0);
        double[] xs = HostArrays.read(x);
        INDArray wArray = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
        DoubleUnaryOperator round = rounding(wArray.dataType());
        double[] z = affine(xs, rows, HostArrays.read(wArray), layer.hasBias()
                ? HostArrays.read(layer.getParam(DefaultParamInitializer.BIAS_KEY)) : null, (int) wArray.size(1), round);
        return new Pass(x, rows, xs, z, round);
    }

    /**
     * z = x·W + b, each element rounded by {@code round}: x is [rows, in], W [in, outputs] and b
     * [outputs] (or null: no bias), all row-major.
     */
    static double[] affine(double[] x, int rows, double[] w, double[] b, int outputs, DoubleUnaryOperator round) {
        int in = w.length / outputs;
        double[] z = new double[rows * outputs];
        if (b != null) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(b, 0, z, r * outputs, outputs);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                double xi = x[r * in + i];
                for (int j = 0; j < outputs; j++) {
                    z[r * outputs + j] += xi * w[i * outputs + j];
                }
            }
        }
        for (int k = 0; k < z.length; k++) {
            z[k] = round.applyAsDouble(z[k]);
        }
        return z;
    }

    /** f(z) as a new [rows, outputs] array in {@code arrayType}'s workspace. */
    static INDArray activations(BaseLayer<?> layer, Pass pass, HostActivation f, ArrayType arrayType,
                                LayerWorkspaceMgr workspaceMgr) {
        double[] a = f.applyAll(pass.z, pass.round);
        int out = a.length / pass.rows;
        return HostArrays.write(a, workspaceMgr.createUninitialized(arrayType, layer.getParam(
                DefaultParamInitializer.WEIGHT_KEY).dataType(), pass.rows, out));
    }

    /**
     * From δ = dL/dz: dL/dW = xᵀ·δ and dL/db = Σ_rows δ into the network's gradient views, and
     * dL/dx = δ·Wᵀ only when {@code inputGradient}, like {@link Affine#backward}.
     */
    static Pair<Gradient, INDArray> backward(BaseLayer<?> layer, Pass pass, double[] delta,
                                             java.util.Map<String, INDArray> views, boolean inputGradient,
                                             LayerWorkspaceMgr workspaceMgr) {
        INDArray wArray = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
        int in = (int) wArray.size(0);
        int out = (int) wArray.size(1);
        int rows = pass.rows;
        Gradient gradient = new DefaultGradient();
        if (layer.hasBias()) {
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY,
                    HostArrays.write(biasGradient(delta, rows, out), views.get(DefaultParamInitializer.BIAS_KEY)));
        }
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY,
                HostArrays.write(weightGradient(pass.x, delta, rows, in, out), views.get(DefaultParamInitializer.WEIGHT_KEY)));
        INDArray epsilonNext = null;
        if (inputGradient) {
            epsilonNext = HostArrays.write(inputGradient(delta, HostArrays.read(wArray), rows, out),
                    workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, wArray.dataType(), rows, in));
        }
        return new Pair<>(gradient, epsilonNext);
    }

    /** dL/db = Σ_rows δ, for δ [rows, outputs] row-major. */
    static double[] biasGradient(double[] delta, int rows, int outputs) {
        double[] db = new double[outputs];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < outputs; j++) {
                db[j] += delta[r * outputs + j];
            }
        }
        return db;
    }

    /** dL/dW = xᵀ·δ, [in, outputs] row-major. */
    static double[] weightGradient(double[] x, double[] delta, int rows, int in, int outputs) {
        double[] dw = new double[in * outputs];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                double xi = x[r * in + i];
                for (int j = 0; j < outputs; j++) {
                    dw[i * outputs + j] += xi * delta[r * outputs + j];
                }
            }
        }
        return dw;
    }

    /** dL/dx = δ·Wᵀ, [rows, in] row-major, unrounded (storing it rounds it). */
    static double[] inputGradient(double[] delta, double[] w, int rows, int outputs) {
        int in = w.length / outputs;
        double[] dx = new double[rows * in];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                double s = 0;
                for (int j = 0; j < outputs; j++) {
                    s += delta[r * outputs + j] * w[i * outputs + j];
                }
                dx[r * in + i] = s;
            }
        }
        return dx;
    }
}
