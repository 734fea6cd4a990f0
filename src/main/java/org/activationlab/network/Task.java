package org.activationlab.network;

/** What the network predicts; it decides the output head (article section 3, "output layer"). */
public enum Task {
    /** Real-valued targets: identity output, mean squared error (C7). */
    REGRESSION("regression"),
    /** Two classes: one sigmoid unit, binary cross-entropy (C10). */
    BINARY("binary classification"),
    /** k ≥ 2 classes: one softmax unit per class, multi-class cross-entropy (C8). */
    MULTICLASS("multi-class classification");

    private final String description;

    Task(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isClassification() {
        return this != REGRESSION;
    }
}
