package org.activationlab.layers;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
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
 * Dropout, weight noise and layer normalisation are not supported (the project never uses them) and
 * are refused when the network is built.
 */
public class FastDenseLayer extends FeedForwardLayer {
    private boolean inputGradient = true;

    /** For JSON deserialisation. */
    public FastDenseLayer() {
    }

    private FastDenseLayer(Builder builder) {
        super(builder);
        this.inputGradient = builder.inputGradient;
        initializeConstraints(builder);
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
        LayerValidation.assertNInNOutSet("FastDenseLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        Unsupported.check(this, layerIndex);
        FastDenseLayerImpl layer = new FastDenseLayerImpl(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public ParamInitializer initializer() {
        return DefaultParamInitializer.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        InputType outputType = getOutputType(-1, inputType);
        long params = initializer().numParams(this);
        // training keeps z (one output-sized array per example) for the backward pass
        return new LayerMemoryReport.Builder(layerName, FastDenseLayer.class, inputType, outputType)
                .standardMemory(params, getIUpdater().stateSize(params))
                .workingMemory(0, 0, 0, outputType.arrayElementsPerExample())
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof FastDenseLayer other && other.inputGradient == inputGradient;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
    }

    /** Same options as {@code DenseLayer.Builder}, plus {@link #inputGradient}. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private boolean inputGradient = true;

        /** False for a network's first layer: skips dL/d(input), a product as large as the forward one. */
        public Builder inputGradient(boolean needed) {
            this.inputGradient = needed;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public FastDenseLayer build() {
            return new FastDenseLayer(this);
        }
    }
}
