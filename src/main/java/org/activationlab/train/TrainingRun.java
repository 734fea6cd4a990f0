package org.activationlab.train;

import java.util.List;
import org.activationlab.network.NetworkSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * One trained network and its history.
 *
 * @param spec          the exact configuration (provenance)
 * @param history       metrics at epoch 0 and at each evaluated epoch
 * @param divergedEpoch the epoch in which the loss became NaN/∞, or -1
 * @param network       the trained network (kept for inspection; not serialised)
 */
public record TrainingRun(NetworkSpec spec, List<EpochMetrics> history, int divergedEpoch,
                          MultiLayerNetwork network) {

    public TrainingRun {
        history = List.copyOf(history);
    }

    public boolean diverged() {
        return divergedEpoch >= 0;
    }

    public EpochMetrics last() {
        return history.get(history.size() - 1);
    }

    /** The first evaluated epoch whose test accuracy reaches {@code target}, or -1. */
    public int firstEpochReaching(double targetAccuracy) {
        for (EpochMetrics m : history) {
            if (m.testAccuracy() >= targetAccuracy) {
                return m.epoch();
            }
        }
        return -1;
    }
}
