package org.activationlab.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * The activation functions of the article (section 4), plus softmax for multi-class output heads.
 *
 * <p>Each maps to DL4J's own implementation, so the networks built here are stock DL4J networks.
 */
public enum Activation {
    /** σ(z) = 1 / (1 + e^−z), output in (0, 1). */
    SIGMOID("sigmoid"),
    /** tanh(z), output in (−1, 1). */
    TANH("tanh"),
    /** max(0, z). */
    RELU("relu"),
    /** max(αz, z) with a small negative slope α (0.01 in the article). */
    LEAKY_RELU("leakyrelu"),
    /** f(z) = z: no non-linearity at all. */
    IDENTITY("identity"),
    /** e^z_i / Σ e^z_j, for multi-class output heads only. */
    SOFTMAX("softmax");

    /** The article's leaky-ReLU slope for negative inputs. */
    public static final double DEFAULT_LEAKY_SLOPE = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The short lower-case name used on the command line and in reports. */
    public String id() {
        return id;
    }

    /** Whether He (ReLU-family) rather than Xavier initialisation suits this function. */
    public boolean isReluFamily() {
        return this == RELU || this == LEAKY_RELU;
    }

    /** DL4J's implementation; {@code leakySlope} is used only by {@link #LEAKY_RELU}. */
    public IActivation toDl4j(double leakySlope) {
        return switch (this) {
            case SIGMOID -> new ActivationSigmoid();
            case TANH -> new ActivationTanH();
            case RELU -> new ActivationReLU();
            case LEAKY_RELU -> new ActivationLReLU(leakySlope);
            case IDENTITY -> new ActivationIdentity();
            case SOFTMAX -> new ActivationSoftmax();
        };
    }

    /** Parses a name such as {@code relu}, {@code leaky-relu}, {@code TANH}; fails with the allowed names. */
    public static Activation parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Activation a : values()) {
            if (a.id.equals(key)) {
                return a;
            }
        }
        if (key.equals("lrelu") || key.equals("leaky")) {
            return LEAKY_RELU;
        }
        if (key.equals("linear") || key.equals("none")) {
            return IDENTITY;
        }
        throw new IllegalArgumentException("unknown activation '" + name + "': expected one of "
                + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")));
    }

    /** The hidden-layer activations the article compares, in its order. */
    public static java.util.List<Activation> hiddenChoices() {
        return java.util.List.of(SIGMOID, TANH, RELU, LEAKY_RELU, IDENTITY);
    }

    @Override
    public String toString() {
        return id;
    }
}
