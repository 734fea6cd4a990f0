package org.activationlab.network;

import org.deeplearning4j.nn.weights.WeightInit;

/**
 * How initial weights are drawn.
 *
 * <p>{@link #AUTO} is what a practitioner would pick: He initialisation (variance 2/fan-in) before
 * ReLU-family activations, which zero half their inputs; Xavier (variance 2/(fan-in + fan-out))
 * before sigmoid, tanh, identity and the output layer, which keeps their signals near the
 * steep middle of the curve.
 */
public enum WeightInitChoice {
    AUTO, XAVIER, HE, NORMAL;

    /** The DL4J scheme for a layer whose activation is {@code activation}. */
    public WeightInit forLayer(Activation activation) {
        return switch (this) {
            case AUTO -> activation.isReluFamily() ? WeightInit.RELU : WeightInit.XAVIER;
            case XAVIER -> WeightInit.XAVIER;
            case HE -> WeightInit.RELU;
            case NORMAL -> WeightInit.NORMAL;
        };
    }
}
