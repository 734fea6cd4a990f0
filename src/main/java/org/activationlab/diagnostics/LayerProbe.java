package org.activationlab.diagnostics;

import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Validation;
import org.activationlab.train.EpochMetrics;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Layer gradients and unit statistics on the first {@code rows} training examples at initialisation
 * and after each evaluated epoch, and each layer's relative weight change at the end ({@link LayerTrace}).
 *
 * @param rows training examples measured on (all of them if the set is smaller)
 */
public record LayerProbe(int rows) implements Probe {

    public LayerProbe {
        Validation.require(rows >= 1, "probe rows", "at least 1", rows);
    }

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        INDArray features = firstRows(data.train().getFeatures(), rows);
        INDArray labels = firstRows(Dataset.labelsFor(data.train().getLabels(), spec.head()), rows);
        LayerWatch watch = new LayerWatch(features, labels);
        return new Recorder() {
            @Override
            public void afterEpoch(int epoch, MultiLayerNetwork network,
                                   EpochMetrics metrics) {
                watch.afterEpoch(epoch, network, metrics);
            }

            @Override
            public Measurement finish(MultiLayerNetwork trained) {
                return new LayerTrace(watch.snapshots(), watch.relativeWeightChange(trained));
            }
        };
    }

    /** The first {@code n} rows of {@code m} (all if fewer): a fixed probe batch. */
    public static INDArray firstRows(INDArray m, int n) {
        return m.get(NDArrayIndex.interval(0, Math.min(n, m.rows())), NDArrayIndex.all());
    }
}
