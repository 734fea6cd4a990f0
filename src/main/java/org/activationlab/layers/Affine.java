package org.activationlab.layers;

import java.util.Arrays;
import java.util.Map;
import org.deeplearning4j.exception.DL4JInvalidInputException;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The three matrix products of a fully connected layer, each written straight into its result ({@link Gemm}).
 *
 * <pre>
 * forward:      z = x·W + b                   [batch, out]
 * parameters:   dL/dW = xᵀ·δ,  dL/db = Σ_rows δ
 * input:        dL/dx = δ·Wᵀ                  [batch, in]
 * </pre>
 */
final class Affine {
    private Affine() {
    }

    /** z = x·W (+ b) with {@code layer}'s parameters, into {@code z}, after {@link #checkInput}. */
    static INDArray forward(BaseLayer<?> layer, INDArray x, INDArray z) {
        checkInput(layer, x);
        INDArray w = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
        Gemm.product(x.castTo(z.dataType()), false, w, false, z);
        if (layer.hasBias()) {
            RowBias.addInPlace(z, layer.getParam(DefaultParamInitializer.BIAS_KEY));
        }
        return z;
    }

    /** Fails like the stock layer when x does not fit W; refuses masks, which the fast layers do not implement. */
    static void checkInput(BaseLayer<?> layer, INDArray x) {
        if (layer.getMaskArray() != null) {
            throw new UnsupportedOperationException(where(layer) + " does not support masks: use LayerImplementation.STOCK");
        }
        INDArray w = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
        if (x.rank() != 2 || x.columns() != w.rows()) {
            throw new DL4JInvalidInputException("Input of shape " + Arrays.toString(x.shape())
                    + " does not fit " + where(layer) + ": expected a matrix with " + w.rows() + " columns");
        }
    }

    private static String where(BaseLayer<?> layer) {
        return layer.getClass().getSimpleName() + " (layer " + layer.getIndex() + ")";
    }

    /**
     * The backward pass from δ = dL/dz: parameter gradients into {@code views}, and dL/dx only when
     * {@code inputGradient} (null otherwise, which DL4J accepts for a network's first layer).
     */
    static Pair<Gradient, INDArray> backward(BaseLayer<?> layer, INDArray x, INDArray delta, Map<String, INDArray> views,
                                             boolean inputGradient, LayerWorkspaceMgr workspaceMgr) {
        Gradient gradient = parameterGradients(x, delta, views, layer.hasBias());
        INDArray epsilonNext = inputGradient
                ? inputGradient(delta, layer.getParam(DefaultParamInitializer.WEIGHT_KEY), workspaceMgr)
                : null;
        return new Pair<>(gradient, epsilonNext);
    }

    /** dL/dW and dL/db into the network's gradient views, in the stock layer's order (bias first). */
    private static Gradient parameterGradients(INDArray x, INDArray delta, Map<String, INDArray> views, boolean hasBias) {
        Gradient gradient = new DefaultGradient();
        if (hasBias) {
            INDArray biasGrad = views.get(DefaultParamInitializer.BIAS_KEY);
            ColumnSums.into(delta, biasGrad);
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGrad);
        }
        INDArray weightGrad = views.get(DefaultParamInitializer.WEIGHT_KEY);
        Gemm.product(x.castTo(weightGrad.dataType()), true, delta, false, weightGrad);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGrad);
        return gradient;
    }

    /** dL/dx = δ·Wᵀ, in the activation-gradient workspace the network expects. */
    private static INDArray inputGradient(INDArray delta, INDArray w, LayerWorkspaceMgr workspaceMgr) {
        INDArray epsilon = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, delta.dataType(),
                delta.rows(), w.rows());
        return Gemm.product(delta, false, w, true, epsilon);
    }
}
