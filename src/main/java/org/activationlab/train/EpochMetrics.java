package org.activationlab.train;

/**
 * Measurements after one epoch (epoch 0 = at initialisation, before any step).
 *
 * @param epoch        epochs completed
 * @param trainLoss    mean minibatch loss over the epoch (at epoch 0: loss on the whole training set)
 * @param testLoss     loss on the test set
 * @param testAccuracy test accuracy (NaN for regression)
 * @param testMse      test mean squared error
 * @param testR2       test R² (NaN for classification)
 * @param seconds      training wall time so far, evaluation excluded
 */
public record EpochMetrics(int epoch, double trainLoss, double testLoss, double testAccuracy, double testMse,
                           double testR2, double seconds) {

    /** The same metrics with the wall time zeroed: what must repeat exactly for the same seed. */
    public EpochMetrics withoutTiming() {
        return new EpochMetrics(epoch, trainLoss, testLoss, testAccuracy, testMse, testR2, 0);
    }
}
