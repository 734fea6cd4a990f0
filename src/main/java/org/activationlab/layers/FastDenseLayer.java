package org.activationlab.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of a fully connected hidden layer, a = f(x·W + b), equal to DL4J's {@code DenseLayer}
 * (same parameters, initialisation, outputs and gradients) but cheaper to train.
 *
 * <pre>{@code
 * new FastDenseLayer.Builder().nIn(784).nOut(256).activation(Activation.RELU)
 *         .inputGradient(false)   // first layer: nobody reads dL/d(input)
 *         .build();
 * }</pre>
 * It is a {@code DenseLayer} (a subclass), so code that inspects a network's layers sees what it
 * expects; only the training-time implementation differs. Dropout and weight noise are not
 * supported and are refused when the network is built; {@code NetworkSpec} builds networks with
 * dropout or batch normalisation from DL4J's stock layers instead, so it never meets that refusal.
 */
public class FastDenseLayer extends DenseLayer {
    private boolean inputGradient = true;

    /** For JSON deserialisation. */
    public FastDenseLayer() {
    }

    /** Whether backprop returns dL/d(input); false only for a network's first layer. */
    public boolean isInputGradient() {
        return inputGradient;
    }

    public void setInputGradient(boolean inputGradient) {
        this.inputGradient = inputGradient;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                       Collection<TrainingListener> listeners, int layerIndex,
                                                       INDArray layerParamsView, boolean initializeParams,
                                                       DataType networkDataType) {
        return FastLayerWiring.wire(this, new FastDenseLayerImpl(conf, networkDataType), conf, listeners, layerIndex,
                layerParamsView, initializeParams);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof FastDenseLayer other && other.inputGradient == inputGradient;
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastDenseLayer;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
    }

    /** Same options as {@code DenseLayer.Builder} (no bias or layer norm switches), plus {@link #inputGradient}. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private boolean inputGradient = true;

        /** False for a network's first layer: skips dL/d(input), a product as large as the forward one. */
        public Builder inputGradient(boolean needed) {
            this.inputGradient = needed;
            return this;
        }

        /** Copies what DL4J's own layer constructors copy from a builder (DenseLayer's is private). */
        @Override
        @SuppressWarnings("unchecked")
        public FastDenseLayer build() {
            FastDenseLayer layer = new FastDenseLayer();
            layer.layerName = layerName;
            layer.iDropout = iDropout;
            layer.activationFn = activationFn;
            layer.weightInitFn = weightInitFn;
            layer.biasInit = biasInit;
            layer.gainInit = gainInit;
            layer.regularization = regularization;
            layer.regularizationBias = regularizationBias;
            layer.iUpdater = iupdater;
            layer.biasUpdater = biasUpdater;
            layer.gradientNormalization = gradientNormalization;
            layer.gradientNormalizationThreshold = gradientNormalizationThreshold;
            layer.weightNoise = weightNoise;
            layer.nIn = nIn;
            layer.nOut = nOut;
            layer.inputGradient = inputGradient;
            layer.initializeConstraints(this);
            return layer;
        }
    }
}
