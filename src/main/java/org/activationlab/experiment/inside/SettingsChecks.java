package org.activationlab.experiment.inside;

import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;

/** Range checks shared by the settings records of the experiments that train networks. */
final class SettingsChecks {
    private SettingsChecks() {
    }

    /** Epochs and batch size at least 1; the learning rate checked as every optimizer checks it. */
    static void training(int epochs, int batchSize, double learningRate) {
        Validation.require(epochs >= 1, "epochs", "at least 1", epochs);
        Validation.require(batchSize >= 1, "batchSize", "at least 1", batchSize);
        Optimizer.adam(learningRate);
    }

    /** At least one seed, seeds ≥ 0. */
    static void seeds(int seeds, long firstSeed) {
        Validation.require(seeds >= 1, "seeds", "at least 1", seeds);
        Validation.require(firstSeed >= 0, "firstSeed", "a seed ≥ 0", firstSeed);
    }
}
