package org.activationlab.layers;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleUnaryOperator;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A tiny float network's gradient and score, computed in Java for the whole network at once: what
 * {@code MultiLayerNetwork.computeGradientAndScore()} computes when every layer takes its Java path
 * ({@link HostAffine}), with the same code and the same roundings, so the gradient array and the score
 * come out bit for bit the same.
 *
 * <p>Why: on that path the arithmetic of a 2-8-8-1 step is a few hundred multiply-adds, but DL4J's
 * walk through the layers still creates an ND4J array (a native shape buffer and data buffer) for
 * every activation and ε, sets up workspaces and builds gradient maps, which is most of the step
 * (BENCHMARKS.md, round 7). Here the activations and ε stay Java arrays; only the parameters are
 * read, and the gradient written into the network's own gradient views.
 *
 * <p>It applies to a chain of {@link FastDenseLayer}s ending in a {@link FastOutputLayer}, in float,
 * with activations {@link HostActivation} knows and a loss {@link HostLoss} knows, and no preprocessors,
 * dropout, weight noise, constraints or truncated backpropagation ({@link #of});
 * and to a batch that is small enough for {@link HostAffine} in every layer ({@link #compute}).
 */
public final class HostNetworkGradient {
    /** Gradients computed here so far, all threads (lets tests see which path ran). */
    public static final LongAdder COMPUTATIONS = new LongAdder();

    private static final DoubleUnaryOperator ROUND = HostAffine.rounding(DataType.FLOAT);

    private final MultiLayerNetwork network;
    private final BaseLayer<?>[] layers;
    /** Each hidden layer's activation; the output layer's is inside {@link #loss}. */
    private final HostActivation[] activations;
    private final HostLoss loss;
    private final int outputs;

    private HostNetworkGradient(MultiLayerNetwork network, BaseLayer<?>[] layers, HostActivation[] activations,
                                HostLoss loss) {
        this.network = network;
        this.layers = layers;
        this.activations = activations;
        this.loss = loss;
        this.outputs = (int) layers[layers.length - 1].getParam(DefaultParamInitializer.WEIGHT_KEY).size(1);
    }

    /** The Java gradient of {@code network}, or null when the network has anything it does not cover. */
    public static HostNetworkGradient of(MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        Layer[] all = network.getLayers();
        if (conf.getBackpropType() != BackpropType.Standard || all.length == 0
                || !(all[all.length - 1] instanceof FastOutputLayerImpl output)) {
            return null;
        }
        BaseLayer<?>[] layers = new BaseLayer<?>[all.length];
        HostActivation[] activations = new HostActivation[all.length - 1];
        for (int i = 0; i < all.length; i++) {
            if (conf.getInputPreProcess(i) != null || !(all[i] instanceof BaseLayer<?> layer) || !plain(layer)
                    || (i < all.length - 1 && !(layer instanceof FastDenseLayerImpl))) {
                return null;
            }
            layers[i] = layer;
            if (i < all.length - 1) {
                activations[i] = HostActivation.of(layer.layerConf().getActivationFn(), DataType.FLOAT);
                if (activations[i] == null) {
                    return null;
                }
            }
        }
        HostLoss loss = HostLoss.of(output.layerConf().getLossFn(), output.layerConf().getActivationFn(), DataType.FLOAT);
        return loss == null ? null : new HostNetworkGradient(network, layers, activations, loss);
    }

    /**
     * Float parameters, a mini-batch layer, and nothing that changes the gradient beyond x·W + b
     * (regularization does not: DL4J's updater applies it, and its score term is added as DL4J adds it).
     */
    private static boolean plain(BaseLayer<?> layer) {
        var conf = layer.layerConf();
        return layer.getParam(DefaultParamInitializer.WEIGHT_KEY) != null
                && layer.getParam(DefaultParamInitializer.WEIGHT_KEY).dataType() == DataType.FLOAT
                && layer.paramTable().size() == (layer.hasBias() ? 2 : 1)
                && layer.conf().isMiniBatch() && conf.getIDropout() == null && conf.getWeightNoise() == null
                && (conf.getConstraints() == null || conf.getConstraints().isEmpty());
    }

    /**
     * Writes the gradient of the loss on {@code features} and {@code labels} into the network's gradient
     * views and sets the network's score, as {@code computeGradientAndScore()} would after
     * {@code setInput(features)} and {@code setLabels(labels)}. Returns false, having changed nothing,
     * for a batch that is not float, not [rows, columns], or too big for the Java path in some layer.
     */
    public boolean compute(INDArray features, INDArray labels) {
        if (features.rank() != 2 || labels.rank() != 2 || features.dataType() != DataType.FLOAT
                || labels.dataType() != DataType.FLOAT || labels.size(0) != features.size(0) || labels.size(1) != outputs) {
            return false;
        }
        int rows = (int) features.size(0);
        double[][] w = new double[layers.length][];
        long width = features.size(1);
        for (int i = 0; i < layers.length; i++) {
            INDArray weights = layers[i].getParam(DefaultParamInitializer.WEIGHT_KEY);
            if (weights.size(0) != width || rows * width * weights.size(1) > HostAffine.maxMultiplyAdds) {
                return false;
            }
            width = weights.size(1);
            w[i] = HostArrays.read(weights);
        }
        COMPUTATIONS.increment();
        // forward: each layer's input x and pre-activation z; a = f(z) is stored in float, as DL4J's array holds it
        double[][] x = new double[layers.length][];
        double[][] z = new double[layers.length][];
        x[0] = HostArrays.read(features);
        for (int i = 0; i < layers.length; i++) {
            HostAffine.PASSES.increment();
            z[i] = HostAffine.affine(x[i], rows, w[i], layers[i].hasBias()
                    ? HostArrays.read(layers[i].getParam(DefaultParamInitializer.BIAS_KEY)) : null, columns(i), ROUND);
            if (i + 1 < layers.length) {
                x[i + 1] = activations[i].applyAll(z[i], ROUND);
            }
        }
        HostLoss.COMPUTATIONS.increment();
        HostLoss.Result result = loss.compute(z[layers.length - 1], HostArrays.read(labels), outputs, ROUND);
        // backward: δ of each layer, from the loss's down through the activations' slopes; ε is stored in float
        double[] delta = result.delta();
        for (int i = layers.length - 1; i >= 0; i--) {
            Map<String, INDArray> views = views(layers[i]);
            int columns = columns(i);
            if (layers[i].hasBias()) {
                HostArrays.write(HostAffine.biasGradient(delta, rows, columns), views.get(DefaultParamInitializer.BIAS_KEY));
            }
            HostArrays.write(HostAffine.weightGradient(x[i], delta, rows, x[i].length / rows, columns),
                    views.get(DefaultParamInitializer.WEIGHT_KEY));
            if (i > 0) {
                delta = activations[i - 1].deltasInPlace(z[i - 1], HostAffine.inputGradient(delta, w[i], rows, columns), ROUND);
            }
        }
        // the output layer's score: the summed loss over the minibatch, plus the regularization term
        network.setScore(result.score() / rows + network.calcRegularizationScore(true));
        return true;
    }

    private int columns(int layer) {
        return (int) layers[layer].getParam(DefaultParamInitializer.WEIGHT_KEY).size(1);
    }

    private static Map<String, INDArray> views(BaseLayer<?> layer) {
        return layer instanceof FastDenseLayerImpl dense ? dense.gradientViews()
                : ((FastOutputLayerImpl) layer).gradientViews();
    }
}
