package org.activationlab.data;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/** Features scaled to zero mean and unit variance with the training split's statistics only. */
final class Standardisation {
    /** For provenance. */
    static final String DESCRIPTION = "standardised with the training split's mean and standard deviation";

    private Standardisation() {
    }

    /**
     * x ← (x − mean_train) / std_train on both splits, in place; the test split leaks nothing into training.
     */
    static void fitOnTraining(DataSet train, DataSet test) {
        NormalizerStandardize standardise = new NormalizerStandardize();
        standardise.fit(train);
        standardise.transform(train);
        standardise.transform(test);
    }
}
