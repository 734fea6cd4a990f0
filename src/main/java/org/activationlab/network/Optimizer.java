package org.activationlab.network;

import java.util.Locale;
import org.activationlab.updater.FastAdam;
import org.activationlab.updater.FastSgd;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The gradient-descent rule and its learning rate.
 *
 * @param kind         sgd, momentum (Nesterov, 0.9) or adam
 * @param learningRate step size, &gt; 0
 */
public record Optimizer(Kind kind, double learningRate) {

    /** Update rules. */
    public enum Kind { SGD, MOMENTUM, ADAM }

    public Optimizer {
        Validation.require(kind != null, "optimizer", "one of sgd, momentum, adam", "null");
        Validation.require(learningRate > 0 && Double.isFinite(learningRate), "learningRate",
                "a positive finite number", learningRate);
    }

    public static Optimizer adam(double learningRate) {
        return new Optimizer(Kind.ADAM, learningRate);
    }

    public static Optimizer sgd(double learningRate) {
        return new Optimizer(Kind.SGD, learningRate);
    }

    /** Parses sgd / momentum / adam. */
    public static Kind parseKind(String name) {
        try {
            return Kind.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidSpecException("optimizer", "one of sgd, momentum, adam", name);
        }
    }

    /**
     * DL4J's updater; with {@link LayerImplementation#FAST}, Adam and SGD are the project's equal, faster
     * {@link FastAdam} and {@link FastSgd}.
     */
    public IUpdater toDl4j(LayerImplementation implementation) {
        return switch (kind) {
            case SGD -> implementation == LayerImplementation.FAST ? new FastSgd(learningRate) : new Sgd(learningRate);
            case MOMENTUM -> new Nesterovs(learningRate, 0.9);
            case ADAM -> implementation == LayerImplementation.FAST ? new FastAdam(learningRate) : new Adam(learningRate);
        };
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "(lr=" + learningRate + ")";
    }
}
