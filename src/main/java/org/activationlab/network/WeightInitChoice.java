package org.activationlab.network;

import org.deeplearning4j.nn.weights.WeightInit;

/**
 * How initial weights are drawn.
 *
 * <p>{@link #AUTO} gives each layer the scheme its activation was designed or is commonly used with
 * (see {@link #auto}); the other choices fix one scheme for every layer, to compare on equal footing.
 */
public enum WeightInitChoice {
    AUTO, XAVIER, HE, NORMAL;

    /** The DL4J scheme for a layer whose activation is {@code activation}. */
    public WeightInit forLayer(Activation activation) {
        return switch (this) {
            case AUTO -> auto(activation);
            case XAVIER -> WeightInit.XAVIER;
            case HE -> WeightInit.RELU;
            case NORMAL -> WeightInit.NORMAL;
        };
    }

    /**
     * The rule behind {@link #AUTO}:
     * <ul>
     *   <li>He, N(0, 2/fan-in) (He et al. 2015, "Delving deep into rectifiers"), before ReLU and leaky
     *       ReLU, which zero (almost) half their inputs, and before the ReLU-like functions that are
     *       ≈ z for large z and ≈ 0 or bounded for z ≪ 0: ELU (Clevert et al. 2016), GELU (Hendrycks &amp;
     *       Gimpel 2016), Swish (Ramachandran et al. 2017, proposed as a drop-in replacement for ReLU)
     *       and softplus, the smooth ReLU. None of these papers derives a scheme of its own; He's, derived
     *       for rectifiers, is the usual choice;</li>
     *   <li>LeCun normal, N(0, 1/fan-in), before SELU: Klambauer et al. 2017 prove the self-normalising
     *       fixed point (mean 0, variance 1) for exactly these weights;</li>
     *   <li>Xavier, N(0, 2/(fan-in + fan-out)) (Glorot &amp; Bengio 2010), before sigmoid, tanh, identity
     *       and the output layer, which keeps their signals near the steep middle of the curve.</li>
     * </ul>
     * In DL4J 1.0.0-M2.1 {@code LECUN_NORMAL} and {@code NORMAL} are the same scheme, N(0, 1/fan-in).
     */
    public static WeightInit auto(Activation activation) {
        return switch (activation) {
            case RELU, LEAKY_RELU, ELU, GELU, SWISH, SOFTPLUS -> WeightInit.RELU;
            case SELU -> WeightInit.LECUN_NORMAL;
            case SIGMOID, TANH, IDENTITY, SOFTMAX -> WeightInit.XAVIER;
        };
    }

    /** The scheme for {@code activation} in words, e.g. "He normal N(0, 2/fan-in)". */
    public String describe(Activation activation) {
        String scheme = switch (forLayer(activation)) {
            case RELU -> "He normal N(0, 2/fan-in)";
            case XAVIER -> "Xavier normal N(0, 2/(fan-in + fan-out))";
            case LECUN_NORMAL, NORMAL -> "LeCun normal N(0, 1/fan-in)";
            default -> forLayer(activation).name();
        };
        return this == AUTO ? scheme + ", auto for " + activation : scheme;
    }
}
