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
        fit(train, test, false);
    }

    /**
     * Features and the regression targets alike, y ← (y − mean_train) / std_train; R² is unchanged by it.
     *
     * @return the targets' training mean and standard deviation, to map predictions back
     */
    static double[] fitWithTargets(DataSet train, DataSet test) {
        NormalizerStandardize standardise = fit(train, test, true);
        return new double[]{standardise.getLabelMean().getDouble(0), standardise.getLabelStd().getDouble(0)};
    }

    private static NormalizerStandardize fit(DataSet train, DataSet test, boolean targets) {
        NormalizerStandardize standardise = new NormalizerStandardize();
        standardise.fitLabel(targets);
        standardise.fit(train);
        standardise.transform(train);
        standardise.transform(test);
        return standardise;
    }
}
