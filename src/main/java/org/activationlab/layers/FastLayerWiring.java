package org.activationlab.layers;

import java.util.Collection;
import org.activationlab.updater.JitPriming;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What both fast layer configurations do when DL4J instantiates them, as its stock layers do. */
final class FastLayerWiring {
    private FastLayerWiring() {
    }

    /** Checks {@code config}, then gives {@code layer} its index, listeners and parameter views. */
    static <L extends BaseLayer<?>> L wire(FeedForwardLayer config, L layer, NeuralNetConfiguration conf,
                                           Collection<TrainingListener> listeners, int index,
                                           INDArray paramsView, boolean initializeParams) {
        String name = config.getClass().getSimpleName();
        LayerValidation.assertNInNOutSet(name, config.getLayerName(), index, config.getNIn(), config.getNOut());
        refuse(config.getIDropout() != null, name, index, "dropout");
        refuse(config.getWeightNoise() != null, name, index, "weight noise");
        refuse(config instanceof org.deeplearning4j.nn.conf.layers.DenseLayer d && d.hasLayerNorm(), name, index,
                "layer norm");
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(config.initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        primeLoops();
        return layer;
    }

    /** The bias loops every fast layer may run, on a 4 × 16 matrix ({@link JitPriming}: why). */
    private static void primeLoops() {
        JitPriming.once("bias", () -> {
            float[] values = JitPriming.ramp();
            int rows = 4;
            int columns = JitPriming.LENGTH / rows / 2; // the matrix, then room for a row of sums or biases
            ColumnSums.sumColumns(values, rows, columns, rows * columns);
            RowBias.addRows(values, rows, columns, rows * columns);
        });
    }

    /** Unsupported settings fail loudly instead of being ignored. */
    private static void refuse(boolean present, String name, int index, String feature) {
        if (present) {
            throw new IllegalArgumentException(name + " (layer " + index + ") does not support " + feature
                    + ": use LayerImplementation.STOCK");
        }
    }
}
