package org.activationlab.experiment.inside;

import org.activationlab.data.DataOptions;
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

    /** A named preferred set and its options (which check their own ranges, e.g. limit ≥ 0). */
    static void preferredData(String dataset, DataOptions data) {
        Validation.require(dataset != null && !dataset.isBlank(), "dataset", "a dataset name", dataset);
        Validation.require(data != null, "data", "data options", "null");
    }

    /**
     * At least {@code minLayers} hidden layers of at least one node; a stack measured layer against layer needs
     * two, its first and last.
     */
    static void hiddenStack(int hiddenLayers, int width, int minLayers) {
        Validation.require(hiddenLayers >= minLayers, "hiddenLayers", "at least " + minLayers
                + (minLayers >= 2 ? " (first and last hidden must differ)" : ""), hiddenLayers);
        Validation.require(width >= 1, "width", "at least 1", width);
    }
}
