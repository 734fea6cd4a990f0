package org.activationlab.diagnostics;

/**
 * What a {@link HiddenCoordinatesProbe} measured.
 *
 * @param test               {@code test[i]}: the last hidden layer's activations for test example i
 * @param regressionAccuracy test accuracy of a logistic regression trained on the training examples'
 *                           coordinates
 */
public record HiddenCoordinates(double[][] test, double regressionAccuracy) implements Measurement {
}
