package org.activationlab.diagnostics;

import java.util.stream.IntStream;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The L2 norm of each layer's weight gradient ‖∂L/∂W‖ on one batch, as back-propagation computes it.
 *
 * <p>Glorot &amp; Bengio (2010) read vanishing gradients off exactly these norms: when they shrink from
 * the output towards the input, the first layers barely learn (C11).
 */
public final class LayerGradients {
    private LayerGradients() {
    }

    /**
     * One entry per computing layer (a layer with weights W), first hidden layer first, output layer
     * last; batch-normalisation and activation layers have none and are skipped. Computes the
     * gradient without updating the weights.
     */
    public static double[] weightNorms(MultiLayerNetwork net, INDArray features, INDArray labels) {
        net.setInput(features);
        net.setLabels(labels);
        net.computeGradientAndScore();
        Gradient g = net.gradient();
        double[] norms = IntStream.of(weightedLayers(net))
                .mapToDouble(i -> g.getGradientFor(i + "_W").norm2Number().doubleValue()).toArray();
        net.clear();
        return norms;
    }

    /** Indices of {@code net}'s layers that have a weight matrix W: its computing layers, in order. */
    public static int[] weightedLayers(MultiLayerNetwork net) {
        return IntStream.range(0, net.getnLayers())
                .filter(i -> net.getLayer(i).paramTable().containsKey("W")).toArray();
    }
}
