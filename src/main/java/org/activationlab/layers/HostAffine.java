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
        int in = (int) wArray.size(0);
        int out = (int) wArray.size(1);
        double[] w = HostArrays.read(wArray);
        double[] z = new double[rows * out];
        if (layer.hasBias()) {
            double[] b = HostArrays.read(layer.getParam(DefaultParamInitializer.BIAS_KEY));
            for (int r = 0; r < rows; r++) {
                System.arraycopy(b, 0, z, r * out, out);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                double xi = xs[r * in + i];
                for (int j = 0; j < out; j++) {
                    z[r * out + j] += xi * w[i * out + j];
                }
            }
        }
        DoubleUnaryOperator round = rounding(wArray.dataType());
        for (int k = 0; k < z.length; k++) {
            z[k] = round.applyAsDouble(z[k]);
        }
        return new Pass(x, rows, xs, z, round);
    }

    /** f(z) as a new [rows, outputs] array in {@code arrayType}'s workspace. */
    static INDArray activations(BaseLayer<?> layer, Pass pass, HostActivation f, ArrayType arrayType,
                                LayerWorkspaceMgr workspaceMgr) {
        double[] a = new double[pass.z.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = f.apply(pass.z[k]);
        }
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
            double[] db = new double[out];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < out; j++) {
                    db[j] += delta[r * out + j];
                }
            }
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY,
                    HostArrays.write(db, views.get(DefaultParamInitializer.BIAS_KEY)));
        }
        double[] dw = new double[in * out];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                double xi = pass.x[r * in + i];
                for (int j = 0; j < out; j++) {
                    dw[i * out + j] += xi * delta[r * out + j];
                }
            }
        }
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY,
                HostArrays.write(dw, views.get(DefaultParamInitializer.WEIGHT_KEY)));
        INDArray epsilonNext = null;
        if (inputGradient) {
            double[] w = HostArrays.read(wArray);
            double[] dx = new double[rows * in];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < in; i++) {
                    double s = 0;
                    for (int j = 0; j < out; j++) {
                        s += delta[r * out + j] * w[i * out + j];
                    }
                    dx[r * in + i] = s;
                }
            }
            epsilonNext = HostArrays.write(dx, workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD,
                    wArray.dataType(), rows, in));
        }
        return new Pair<>(gradient, epsilonNext);
    }
}
