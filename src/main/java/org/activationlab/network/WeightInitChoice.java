package org.activationlab.network;

import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;

/**
 * How initial weights are drawn (n = a layer's fan-in, m = its fan-out).
 *
 * <p>{@link #AUTO} is what a practitioner would pick: He initialisation (variance 2/fan-in) before
 * ReLU-family activations, which zero half their inputs; Xavier (variance 2/(fan-in + fan-out))
 * before sigmoid, tanh, identity and the output layer, which keeps their signals near the
 * steep middle of the curve.
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
            case AUTO -> activation.isReluFamily() ? WeightInit.RELU : WeightInit.XAVIER;
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
            case AUTO -> "auto (He before relu-family, Xavier otherwise)";
            case XAVIER -> "xavier N(0, 2/(fan-in + fan-out))";
            case HE -> "he N(0, 2/fan-in)";
            case NORMAL -> "normal N(0, 1/fan-in)";
            case STANDARD -> "standard U[-1/√fan-in, 1/√fan-in]";
            case NAIVE_NORMAL -> "naive N(0, " + NAIVE_STD + "²)";
        };
    }
}
