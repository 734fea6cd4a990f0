package org.activationlab.diagnostics;

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
     * One entry per computing layer, first hidden layer first, output layer last. Computes the
     * gradient without updating the weights.
     */
    public static double[] weightNorms(MultiLayerNetwork net, INDArray features, INDArray labels) {
        net.setInput(features);
        net.setLabels(labels);
        net.computeGradientAndScore();
        Gradient g = net.gradient();
        double[] norms = new double[net.getnLayers()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = g.getGradientFor(i + "_W").norm2Number().doubleValue();
        }
        net.clear();
        return norms;
    }
}
