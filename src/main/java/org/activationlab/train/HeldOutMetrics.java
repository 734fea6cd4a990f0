package org.activationlab.train;

/**
 * The fitting rows and the validation rows scored in test mode (no dropout) after one evaluated epoch:
 * what over-fitting and early stopping are read from. The minibatch loss of {@link EpochMetrics} is the
 * loss of the dropped-out network while it trained, not comparable with a test loss.
 *
 * @param epoch              epochs completed
 * @param trainLoss          loss on the fitting rows
 * @param trainAccuracy      accuracy on the fitting rows (NaN for regression)
 * @param validationLoss     loss on the held-out training rows
 * @param validationAccuracy accuracy on them (NaN for regression)
 */
public record HeldOutMetrics(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                             double validationAccuracy) {
}
