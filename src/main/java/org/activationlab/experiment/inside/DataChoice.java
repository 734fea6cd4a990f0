package org.activationlab.experiment.inside;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;

/**
 * The data an experiment ran on: the preferred set, or a built-in fallback when it cannot be read
 * (e.g. Fashion-MNIST not installed), with the reason kept for the report.
 *
 * @param data           the set used
 * @param name           its name, for cells that load it again where they train
 * @param options        its options, likewise
 * @param fallbackReason why the preferred set was not used, or null
 */
record DataChoice(Dataset data, String name, DataOptions options, String fallbackReason) {

    /**
     * Loads {@code preferred}; when that is a known set that cannot be read (files missing or damaged),
     * loads {@code fallback} instead. An unknown name is a mistake, not a reason to fall back: it fails.
     */
    static DataChoice load(String preferred, DataOptions options, String fallback, DataOptions fallbackOptions) {
        try {
            return new DataChoice(Datasets.load(preferred, options), preferred, options, null);
        } catch (IllegalArgumentException e) {
            if (fallback == null || fallback.equals(preferred) || !Datasets.names().contains(preferred)) {
                throw e;
            }
            return new DataChoice(Datasets.load(fallback, fallbackOptions), fallback, fallbackOptions, e.getMessage());
        }
    }

    /**
     * {@code preferred} on {@code options} (its limit, CSV columns), else all of {@code fallback} on the
     * default options; both generated or shuffled from {@code seed}.
     */
    static DataChoice load(String preferred, DataOptions options, String fallback, long seed) {
        return load(preferred, options.withSeed(seed), fallback, DataOptions.defaults().withSeed(seed));
    }

    /**
     * The data of {@code settings}, chosen once, on first use, on the driver: the cells name it and load it again
     * where they train.
     */
    static final class Memo {
        private final PreferredData settings;
        private DataChoice choice;

        Memo(PreferredData settings) {
            this.settings = settings;
        }

        DataChoice get() {
            if (choice == null) {
                choice = load(settings.dataset(), settings.data().withSeed(settings.firstSeed()), settings.fallback(),
                        settings.fallbackData().withSeed(settings.firstSeed()));
            }
            return choice;
        }
    }

    /** For the result's details: which set, its parameters, and the fallback reason if any. */
    Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("dataset", data.name());
        d.put("train_examples", data.train().numExamples());
        d.put("test_examples", data.test().numExamples());
        d.put("parameters", data.parameters());
        if (fallbackReason != null) {
            d.put("fallback_reason", fallbackReason);
        }
        return d;
    }
}
