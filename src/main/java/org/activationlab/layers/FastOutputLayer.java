package org.activationlab.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Configuration of an output layer, ŷ = f(x·W + b) scored by a loss, equal to DL4J's {@code OutputLayer}
 * but computing x·W + b once per training step instead of twice.
 *
 * <pre>{@code
 * new FastOutputLayer.Builder(LossFunction.MCXENT).nIn(256).nOut(10).activation(Activation.SOFTMAX).build();
 * }</pre>
 * It is an {@code OutputLayer} (a subclass), validated by DL4J like one.
 */
public class FastOutputLayer extends OutputLayer {
    private boolean inputGradient = true;

    /** For JSON deserialisation. */
    public FastOutputLayer() {
    }

    private FastOutputLayer(Builder builder) {
        super(builder);
        this.inputGradient = builder.inputGradient;
    }

    /** Whether backprop returns dL/d(input); false only when this is the network's only layer. */
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
        return FastLayerWiring.wire(this, new FastOutputLayerImpl(conf, networkDataType), conf, listeners, layerIndex,
                layerParamsView, initializeParams);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof FastOutputLayer other && other.inputGradient == inputGradient;
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastOutputLayer;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
    }

    /** Same options as {@code OutputLayer.Builder}, plus {@link #inputGradient}. */
    public static class Builder extends OutputLayer.Builder {
        private boolean inputGradient = true;

        public Builder(LossFunction loss) {
            super(loss);
        }

        /** False only when the output layer is the network's first layer (a perceptron). */
        public Builder inputGradient(boolean needed) {
            this.inputGradient = needed;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public FastOutputLayer build() {
            return new FastOutputLayer(this);
        }
    }
}
