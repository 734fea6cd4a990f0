package org.activationlab.diagnostics;

import java.util.Map;
import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Validation;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Where the trained network puts each test example in its last hidden layer, and how well a logistic
 * regression separates the classes there ({@link HiddenCoordinates}).
 *
 * <p>Once the network is trained, every example is replaced by its last hidden layer's activations;
 * a {@link #logisticRegression} with the network's seed is trained on the training examples'
 * coordinates and scored on the test examples'. The network itself is only read.
 *
 * @param optimizer the regression's update rule and step size
 * @param training  the regression's epochs and batch size
 */
public record HiddenCoordinatesProbe(Optimizer optimizer, TrainingSettings training) implements Probe {

    public HiddenCoordinatesProbe {
        Validation.require(optimizer != null, "optimizer", "the regression's optimizer", "null");
        Validation.require(training != null, "training", "the regression's training settings", "null");
    }

    /** One sigmoid unit on {@code inputs} features with binary cross-entropy: a logistic regression. */
    public static NetworkSpec logisticRegression(int inputs, Optimizer optimizer, long seed) {
        return NetworkSpec.input(inputs).output(OutputHead.binary()).optimizer(optimizer).seed(seed).build();
    }

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        Validation.require(!spec.hidden().isEmpty(), "hidden", "at least one hidden layer to read coordinates from",
                spec.shortName());
        return new Recorder() {
            @Override
            public void afterEpoch(int epoch, MultiLayerNetwork network, EpochMetrics metrics) {
                // only the trained network matters
            }

            @Override
            public Measurement finish(MultiLayerNetwork trained) {
                Dataset hidden = coordinates(data, trained, spec.hidden().size());
                NetworkSpec regression = logisticRegression(hidden.numFeatures(), optimizer, spec.seed());
                double accuracy = Trainer.train(regression, hidden, training).last().testAccuracy();
                return new HiddenCoordinates(hidden.test().getFeatures().toDoubleMatrix(), accuracy);
            }
        };
    }

    /** {@code data} with every example replaced by the activations of layer {@code layer} (a dense stack). */
    static Dataset coordinates(Dataset data, MultiLayerNetwork net, int layer) {
        if (net.getnLayers() != layer + 1) {
            throw new IllegalArgumentException("hidden coordinates: expected a plain stack of dense layers, received "
                    + net.getnLayers() + " layers for " + layer + " hidden ones (batch norm or dropout layers)");
        }
        INDArray train = net.feedForward(data.train().getFeatures(), false).get(layer);
        INDArray test = net.feedForward(data.test().getFeatures(), false).get(layer);
        return new Dataset(data.name() + "-hidden", data.task(), new DataSet(train, data.train().getLabels()),
                new DataSet(test, data.test().getLabels()), data.classNames(), Map.of("from", data.name()));
    }
}
