package org.activationlab.train;

import org.activationlab.network.NetworkSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * One trained network and its history.
 *
 * @param spec    the exact configuration (provenance)
 * @param history metrics per evaluated epoch and where it diverged
 * @param network the trained network (kept for inspection; not serialised)
 */
public record TrainingRun(NetworkSpec spec, TrainingHistory history, MultiLayerNetwork network) {

    public boolean diverged() {
        return history.diverged();
    }

    public EpochMetrics last() {
        return history.last();
    }
}
