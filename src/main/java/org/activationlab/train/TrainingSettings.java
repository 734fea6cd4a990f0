package org.activationlab.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.activationlab.network.AbsentAsZero;
import org.activationlab.network.Validation;

/**
 * How long and in what pieces a network is trained.
 *
 * @param epochs    passes over the training set
 * @param batchSize examples per gradient step (≥ the set size means full-batch gradient descent)
 * @param evalEvery evaluate on the test set every this many epochs (and after the last)
 * @param validationFraction share of the training examples held out for validation ({@link Holdout}), in
 *                  [0, 1); 0 trains on all of them. With a split, each evaluation also scores the
 *                  fitting and the validation rows in test mode ({@link TrainingHistory#heldOut()}).
 */
public record TrainingSettings(int epochs, int batchSize, int evalEvery,
                               // left out of the JSON when 0, so a cell without a split keeps its id
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonDeserialize(using = AbsentAsZero.class)
                               double validationFraction) {

    public TrainingSettings {
        Validation.require(epochs >= 1, "epochs", "at least 1", epochs);
        Validation.require(batchSize >= 1, "batchSize", "at least 1", batchSize);
        Validation.require(evalEvery >= 1, "evalEvery", "at least 1", evalEvery);
        Validation.require(validationFraction >= 0 && validationFraction < 1, "validationFraction",
                "a fraction in [0, 1) (0 = no validation split)", validationFraction);
    }

    public TrainingSettings(int epochs, int batchSize, int evalEvery) {
        this(epochs, batchSize, evalEvery, 0);
    }

    public TrainingSettings(int epochs, int batchSize) {
        this(epochs, batchSize, 1);
    }
}
