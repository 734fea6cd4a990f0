package org.activationlab.train;

import org.activationlab.network.Validation;

/**
 * How long and in what pieces a network is trained.
 *
 * @param epochs    passes over the training set
 * @param batchSize examples per gradient step (≥ the set size means full-batch gradient descent)
 * @param evalEvery evaluate on the test set every this many epochs (and after the last)
 */
public record TrainingSettings(int epochs, int batchSize, int evalEvery) {

    public TrainingSettings {
        Validation.require(epochs >= 1, "epochs", "at least 1", epochs);
        Validation.require(batchSize >= 1, "batchSize", "at least 1", batchSize);
        Validation.require(evalEvery >= 1, "evalEvery", "at least 1", evalEvery);
    }

    public TrainingSettings(int epochs, int batchSize) {
        this(epochs, batchSize, 1);
    }
}
