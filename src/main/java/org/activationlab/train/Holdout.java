package org.activationlab.train;

import java.util.Random;
import org.activationlab.data.Dataset;
import org.activationlab.data.Split;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A validation split carved out of the training examples (Keras' {@code validation_split}): the network
 * fits the rest, and the test set is left untouched for the final word.
 *
 * @param fitting    the data the network trains on: the remaining training rows, the same test set
 * @param validation the held-out training rows, or null when nothing is held out
 */
public record Holdout(Dataset fitting, DataSet validation) {

    /**
     * Holds out round({@code fraction} × n) training rows, stratified by class (regression: one group),
     * in an order fixed by {@code seed}; {@code fraction} 0 holds out nothing.
     */
    public static Holdout of(Dataset data, double fraction, long seed) {
        if (fraction == 0) {
            return new Holdout(data, null);
        }
        DataSet train = data.train();
        int[] groups = data.task().isClassification()
                ? train.getLabels().argMax(1).toIntVector() : new int[train.numExamples()];
        Split split = Split.stratified(groups, 1 - fraction, new Random(seed));
        DataSet fit = split.trainOf(train.getFeatures(), train.getLabels());
        DataSet validation = split.testOf(train.getFeatures(), train.getLabels());
        return new Holdout(new Dataset(data.name(), data.task(), fit, data.test(), data.classNames(),
                data.parameters()), validation);
    }

    public boolean holdsOut() {
        return validation != null;
    }
}
