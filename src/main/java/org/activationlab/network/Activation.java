package org.activationlab.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationGELU;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * The activation functions of the article (section 4), five that networks use today, identity, and
 * softmax for multi-class output heads.
 *
 * <p>Each maps to DL4J's own implementation, so the networks built here are stock DL4J networks. The
 * formulas below are what DL4J 1.0.0-M2.1 (libnd4j) computes, read from its kernels and checked
 * against them value by value ({@code HostActivation}, {@code ActivationMath}).
 */
public enum Activation {
    /** σ(z) = 1 / (1 + e^−z), output in (0, 1). */
    SIGMOID("sigmoid", true),
    /** tanh(z), output in (−1, 1). */
    TANH("tanh", true),
    /** max(0, z). */
    RELU("relu", true),
    /** max(αz, z) with a small negative slope α (0.01 in the article). */
    LEAKY_RELU("leakyrelu", true),
    /**
     * ELU (Clevert et al. 2016): z for z ≥ 0, e^z − 1 below (α = 1, DL4J's default; DL4J's backprop
     * ignores any other α, so the project never sets one).
     */
    ELU("elu", false),
    /**
     * SELU (Klambauer et al. 2017): λz for z &gt; 0, λα(e^z − 1) below, with λ ≈ 1.0507 and α ≈ 1.6733,
     * the constants that make zero mean and unit variance a fixed point (with LeCun-normal weights).
     * DL4J takes the left slope λα at z = 0.
     */
    SELU("selu", false),
    /**
     * GELU (Hendrycks &amp; Gimpel 2016) as DL4J computes it by default: the paper's sigmoid
     * approximation z·σ(1.702z) of z·Φ(z), not the tanh one. Its slope overflows to NaN for
     * z &gt; ≈ 26 in float (e^(1.702z) squared passes the float maximum), so a float network whose
     * pre-activations grow that large diverges.
     */
    GELU("gelu", false),
    /**
     * Swish / SiLU (Ramachandran et al. 2017; Elfwing et al. 2018): z·σ(z). Its slope overflows to NaN
     * for z &gt; ≈ 44 in float, as GELU's does.
     */
    SWISH("swish", false),
    /** softplus ln(1 + e^z), a smooth ReLU; ∞ (slope NaN) for z &gt; ≈ 88.7 in float, where e^z overflows. */
    SOFTPLUS("softplus", false),
    /** f(z) = z: no non-linearity at all. */
    IDENTITY("identity", true),
    /** e^z_i / Σ e^z_j, for multi-class output heads only. */
    SOFTMAX("softmax", true);

    /** The article's leaky-ReLU slope for negative inputs. */
    public static final double DEFAULT_LEAKY_SLOPE = 0.01;
    /** The word that stands for {@link #allHidden()} in a list of names. */
    public static final String ALL = "all";

    private final String id;
    private final boolean inArticle;

    Activation(String id, boolean inArticle) {
        this.id = id;
        this.inArticle = inArticle;
    }

    /** The short lower-case name used on the command line and in reports. */
    public String id() {
        return id;
    }

    /** Whether the article discusses this function (its claims C6–C16 are about these only). */
    public boolean inArticle() {
        return inArticle;
    }

    /** DL4J's implementation; {@code leakySlope} is used only by {@link #LEAKY_RELU}. */
    public IActivation toDl4j(double leakySlope) {
        return switch (this) {
            case SIGMOID -> new ActivationSigmoid();
            case TANH -> new ActivationTanH();
            case RELU -> new ActivationReLU();
            case LEAKY_RELU -> new ActivationLReLU(leakySlope);
            case ELU -> new ActivationELU();
            case SELU -> new ActivationSELU();
            case GELU -> new ActivationGELU();
            case SWISH -> new ActivationSwish();
            case SOFTPLUS -> new ActivationSoftPlus();
            case IDENTITY -> new ActivationIdentity();
            case SOFTMAX -> new ActivationSoftmax();
        };
    }

    /**
     * Parses a name such as {@code relu}, {@code leaky-relu}, {@code TANH}, {@code silu}; fails with the
     * allowed names.
     */
    public static Activation parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Activation a : values()) {
            if (a.id.equals(key)) {
                return a;
            }
        }
        return switch (key) {
            case "lrelu", "leaky" -> LEAKY_RELU;
            case "linear", "none" -> IDENTITY;
            case "silu" -> SWISH;
            default -> throw new IllegalArgumentException("unknown activation '" + name + "': expected one of "
                    + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")) + " or " + ALL);
        };
    }

    /**
     * Parses names in order; {@value #ALL} stands for {@link #allHidden()}, so {@code all,identity}
     * gives the nine and identity. Repeats are kept (callers that need each once say so).
     */
    public static List<Activation> parseList(List<String> names) {
        List<Activation> list = new ArrayList<>();
        for (String name : names) {
            if (name != null && name.trim().equalsIgnoreCase(ALL)) {
                list.addAll(allHidden());
            } else {
                list.add(parse(name));
            }
        }
        return List.copyOf(list);
    }

    /** The hidden-layer activations the article compares, in its order. */
    public static List<Activation> article() {
        return List.of(SIGMOID, TANH, RELU, LEAKY_RELU);
    }

    /** The five activations beyond the article that DL4J provides: ELU, SELU, GELU, Swish and softplus. */
    public static List<Activation> modern() {
        return List.of(ELU, SELU, GELU, SWISH, SOFTPLUS);
    }

    /**
     * The nine hidden activations ({@code --activations all}): the article's four, then the five
     * modern ones. Identity is not among them: it is the absence of a non-linearity (C6), and
     * stacking identity layers gives a linear model, not a competitor.
     */
    public static List<Activation> allHidden() {
        return Stream.concat(article().stream(), modern().stream()).toList();
    }

    /** Every activation a hidden layer may use: the nine and identity (softmax belongs to the output head). */
    public static List<Activation> hiddenChoices() {
        return Stream.concat(allHidden().stream(), Stream.of(IDENTITY)).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
