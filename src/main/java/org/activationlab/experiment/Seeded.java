package org.activationlab.experiment;

/**
 * Settings of an experiment with a seed loop: each configuration is trained {@link #seeds()} times, on
 * consecutive seeds.
 *
 * @param <S> the settings record itself
 */
public interface Seeded<S extends Seeded<S>> {
    /** Runs per configuration. */
    int seeds();

    /** The seed of the first run; the others take the seeds after it. */
    long firstSeed();

    /** The same settings with {@code n} runs per configuration. */
    S withSeeds(int n);
}
