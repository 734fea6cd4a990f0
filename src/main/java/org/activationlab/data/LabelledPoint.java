package org.activationlab.data;

/**
 * One 2-D example in TensorFlow Playground's coordinates (about [-6, 6] on each axis).
 *
 * @param x     first input
 * @param y     second input
 * @param label class index (0 or 1) for classification, the target value for regression
 */
public record LabelledPoint(double x, double y, double label) {
}
