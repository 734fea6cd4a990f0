package org.activationlab.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Looks inside a network while it trains: at initialisation and after each evaluated epoch, the weight
 * gradient norm of every layer and the unit statistics of every hidden layer on a fixed probe batch.
 *
 * <p>Pass it to {@link Trainer#train(org.activationlab.network.NetworkSpec, org.activationlab.data.Dataset,
 * org.activationlab.train.TrainingSettings, Trainer.EpochObserver)}. Measuring never changes the weights.
 */
public final class LayerWatch implements Trainer.EpochObserver {

    /**
     * The network at one moment.
     *
     * @param epoch               epochs completed (0 = at initialisation)
     * @param weightGradientNorms ‖∂L/∂W‖ per computing layer, output layer last
     * @param hidden              statistics of each hidden layer
     * @param metrics             the trainer's metrics at this epoch
     */
    public record Snapshot(int epoch, double[] weightGradientNorms, List<UnitStatistics> hidden, EpochMetrics metrics) {
    }

    private final INDArray probeFeatures;
    private final INDArray probeLabels;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<INDArray> initialWeights = new ArrayList<>();

    /** {@code probeLabels} must already be shaped for the network's head ({@code Dataset.labelsFor}). */
    public LayerWatch(INDArray probeFeatures, INDArray probeLabels) {
        this.probeFeatures = probeFeatures;
        this.probeLabels = probeLabels;
    }

    @Override
    public void afterEpoch(int epoch, MultiLayerNetwork network, EpochMetrics metrics) {
        if (epoch == 0) {
            initialWeights.clear();
            for (int i : LayerGradients.weightedLayers(network)) {
                initialWeights.add(network.getLayer(i).getParam("W").dup());
            }
        }
        double[] norms = LayerGradients.weightNorms(network, probeFeatures, probeLabels);
        List<UnitStatistics> hidden = ManualForward.run(network, probeFeatures).hidden().stream()
                .map(UnitStatistics::of).toList();
        snapshots.add(new Snapshot(epoch, norms, hidden, metrics));
    }

    public List<Snapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    public Snapshot first() {
        return snapshots.get(0);
    }

    public Snapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }

    /** ‖W_now − W_init‖ / ‖W_init‖ per computing layer: how much each layer has learned. */
    public double[] relativeWeightChange(MultiLayerNetwork network) {
        int[] layers = LayerGradients.weightedLayers(network);
        double[] change = new double[initialWeights.size()];
        for (int i = 0; i < change.length; i++) {
            INDArray w0 = initialWeights.get(i);
            change[i] = network.getLayer(layers[i]).getParam("W").sub(w0).norm2Number().doubleValue()
                    / w0.norm2Number().doubleValue();
        }
        return change;
    }
}
