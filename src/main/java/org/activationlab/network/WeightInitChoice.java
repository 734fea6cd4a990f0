package org.activationlab.network;

import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;

/**
 * How initial weights are drawn (n = a layer's fan-in, m = its fan-out).
 *
 * <p>{@link #AUTO} gives each layer the scheme its activation was designed or is commonly used with
 * (see {@link #auto}); the other choices fix one scheme for every layer, to compare on equal footing.
 *
 * <p>The schemes, as DL4J 1.0.0-M2.1 draws them:
 * <ul>
 *   <li>{@link #XAVIER}: Glorot &amp; Bengio (2010), N(0, 2/(n + m));</li>
 *   <li>{@link #HE}: He et al. (2015), N(0, 2/n);</li>
 *   <li>{@link #NORMAL}: DL4J's {@code WeightInit.NORMAL}, N(0, 1/n) (LeCun's scaling, not N(0, 1));</li>
 *   <li>{@link #STANDARD}: U[−1/√n, 1/√n], the "commonly used heuristic" Glorot &amp; Bengio (2010)
 *       compare against: it scales with the fan-in but keeps too little variance (1/(3n)) for deep
 *       sigmoid and tanh networks, whose gradients then shrink towards the input;</li>
 *   <li>{@link #NAIVE_NORMAL}: N(0, 0.01²) whatever the layer's size, the "small random numbers" of
 *       early practice. The naive baseline of the remedies experiment: with a fixed variance each
 *       layer scales its signal by about 0.01·√n (0.06 for 32 units), so in a deep network both the
 *       forward signal and the gradients reaching the first layers vanish, for every activation.</li>
 * </ul>
 */
public enum WeightInitChoice {
    AUTO, XAVIER, HE, NORMAL, STANDARD, NAIVE_NORMAL;

    /** Standard deviation of {@link #NAIVE_NORMAL}. */
    public static final double NAIVE_STD = 0.01;

    /** The DL4J scheme for a layer whose activation is {@code activation}. */
    public WeightInit forLayer(Activation activation) {
        return switch (this) {
            case AUTO -> auto(activation);
            case XAVIER -> WeightInit.XAVIER;
            case HE -> WeightInit.RELU;
            case NORMAL -> WeightInit.NORMAL;
            case STANDARD -> WeightInit.UNIFORM;
            case NAIVE_NORMAL -> WeightInit.DISTRIBUTION; // N(0, NAIVE_STD²): see toDl4j
        };
    }

    /** The initialiser DL4J's layer builder takes, including the distribution {@link #NAIVE_NORMAL} needs. */
    public IWeightInit toDl4j(Activation activation) {
        return this == NAIVE_NORMAL ? new WeightInitDistribution(new NormalDistribution(0, NAIVE_STD))
                : forLayer(activation).getWeightInitFunction();
    }

    /** e.g. "xavier N(0, 2/(fan-in + fan-out))", for {@code describe()}. */
    public String describe() {
        return switch (this) {
            case AUTO -> "auto (He before the ReLU-like, LeCun normal before selu, Xavier otherwise)";
            case XAVIER -> "xavier N(0, 2/(fan-in + fan-out))";
            case HE -> "he N(0, 2/fan-in)";
            case NORMAL -> "normal N(0, 1/fan-in)";
            case STANDARD -> "standard U[-1/√fan-in, 1/√fan-in]";
            case NAIVE_NORMAL -> "naive N(0, " + NAIVE_STD + "²)";
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

    /** The scheme a layer with {@code activation} gets, in words, e.g. "he N(0, 2/fan-in), auto for relu". */
    public String describe(Activation activation) {
        if (this != AUTO) {
            return describe();
        }
        String scheme = switch (auto(activation)) {
            case RELU -> HE.describe();
            case XAVIER -> XAVIER.describe();
            case LECUN_NORMAL -> "lecun normal N(0, 1/fan-in)";
            default -> throw new AssertionError("auto gives He, Xavier or LeCun normal");
        };
        return scheme + ", auto for " + activation;
    }
}
