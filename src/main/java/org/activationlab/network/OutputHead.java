package org.activationlab.network;

/**
 * The output layer: how many units, which activation and which loss.
 *
 * <p>The factories give the article's pairings: {@link #regression(int)} (identity + MSE, C7),
 * {@link #binary()} (one sigmoid unit + binary cross-entropy, C10) and {@link #multiClass(int)}
 * (softmax + multi-class cross-entropy, C8). Any other pairing must go through
 * {@link #override}, so an experiment can show on purpose why the article's pairing is right.
 *
 * @param task       the task the head serves
 * @param units      output nodes
 * @param activation output activation
 * @param loss       loss function
 * @param overridden true when the pairing was chosen explicitly and is not checked
 */
public record OutputHead(Task task, int units, Activation activation, Loss loss, boolean overridden) {

    public OutputHead {
        Validation.require(task != null, "head.task", "a task", "null");
        Validation.require(activation != null, "head.activation", "an activation", "null");
        Validation.require(loss != null, "head.loss", "a loss", "null");
        Validation.require(units >= 1, "head.units", "at least 1 output unit", units);
        if (!overridden) {
            switch (task) {
                case REGRESSION -> Validation.require(activation == Activation.IDENTITY && loss == Loss.MSE,
                        "head", "identity + mean squared error for regression (or OutputHead.override)",
                        activation + " + " + loss.description());
                case BINARY -> {
                    Validation.require(units == 1, "head.units", "exactly 1 sigmoid unit for binary classification", units);
                    Validation.require(activation == Activation.SIGMOID && loss == Loss.BINARY_CROSS_ENTROPY,
                            "head", "sigmoid + binary cross-entropy for binary classification (or OutputHead.override)",
                            activation + " + " + loss.description());
                }
                case MULTICLASS -> {
                    Validation.require(units >= 2, "head.units",
                            "at least 2 classes for multi-class classification (use binary() for 2 classes with one unit)", units);
                    Validation.require(activation == Activation.SOFTMAX && loss == Loss.MULTICLASS_CROSS_ENTROPY,
                            "head", "softmax + multi-class cross-entropy for multi-class classification (or OutputHead.override)",
                            activation + " + " + loss.description());
                }
            }
        }
        Validation.require(activation != Activation.SOFTMAX || units >= 2, "head.units",
                "at least 2 units with softmax (softmax over one unit is always 1)", units);
    }

    /** Regression with {@code targets} real outputs: identity activation + MSE (C7). */
    public static OutputHead regression(int targets) {
        return new OutputHead(Task.REGRESSION, targets, Activation.IDENTITY, Loss.MSE, false);
    }

    /** Binary classification: one sigmoid unit + binary cross-entropy (C10). */
    public static OutputHead binary() {
        return new OutputHead(Task.BINARY, 1, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, false);
    }

    /** Multi-class classification over {@code classes} classes: softmax + multi-class cross-entropy (C8). */
    public static OutputHead multiClass(int classes) {
        return new OutputHead(Task.MULTICLASS, classes, Activation.SOFTMAX, Loss.MULTICLASS_CROSS_ENTROPY, false);
    }

    /** Any pairing, unchecked: for experiments that show what goes wrong with a mismatched head. */
    public static OutputHead override(Task task, int units, Activation activation, Loss loss) {
        return new OutputHead(task, units, activation, loss, true);
    }

    /** One line in the article's terms, e.g. "1 node, sigmoid + binary cross-entropy (binary classification)". */
    public String describe() {
        return units + (units == 1 ? " node, " : " nodes, ") + activation + " + " + loss.description()
                + " (" + task.description() + (overridden ? ", explicit override" : "") + ")";
    }
}
