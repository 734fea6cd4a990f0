package org.activationlab.experiment.inside;

import org.activationlab.data.DataOptions;

/** Settings of an experiment that trains on a preferred dataset, with a built-in one to fall back on. */
interface PreferredData {
    /** The preferred set: a built-in name or {@code csv:PATH}. */
    String dataset();

    /** Options of {@link #dataset()}: examples per split, CSV columns, noise of a generated set. */
    DataOptions data();

    /** Built-in set used when {@link #dataset()} cannot be read, or null for none. */
    String fallback();

    /** Seed of the data's generation and shuffling (the first run's seed). */
    long firstSeed();

    /** Options of {@link #fallback()}, all of it: the defaults unless an experiment needs more. */
    default DataOptions fallbackData() {
        return DataOptions.defaults();
    }
}
