package org.activationlab.train;

import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One optimisation step of a network on one minibatch: what {@link Trainer} calls per batch.
 *
 * <p>{@link #FIT} is DL4J's {@code MultiLayerNetwork.fit}; {@link #ONE_PASS} ({@link OnePassStep}, the
 * default) computes the same gradient and then takes DL4J's update in one pass over the parameters
 * where that is provably the same arithmetic, and calls {@code fit} otherwise. Choose with
 * {@code -Dactivationlab.step=fit|one-pass}.
 */
public enum TrainingStep {
    FIT, ONE_PASS;

    /** The system property that picks the step. */
    public static final String PROPERTY = "activationlab.step";

    /** Trains {@code network} one batch at a time, as this step does. */
    @FunctionalInterface
    public interface Runner {
        void fit(DataSet batch);
    }

    /** A runner for {@code network} (one per network: it keeps per-network state). */
    public Runner on(MultiLayerNetwork network) {
        return this == FIT ? network::fit : new OnePassStep(network)::fit;
    }

    /** The step chosen by {@value #PROPERTY} (default one-pass). */
    public static TrainingStep configured() {
        String value = System.getProperty(PROPERTY, "one-pass").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "fit" -> FIT;
            case "one-pass" -> ONE_PASS;
            default -> throw new IllegalArgumentException(PROPERTY + ": expected fit or one-pass, received " + value);
        };
    }
}
