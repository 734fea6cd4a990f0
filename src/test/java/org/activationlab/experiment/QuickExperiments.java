package org.activationlab.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** One small, fast configuration of every experiment kind, for tests that must run them all. */
final class QuickExperiments {
    private QuickExperiments() {
    }

    static Map<String, Supplier<Experiment<?>>> all() {
        Map<String, Supplier<Experiment<?>>> quick = new LinkedHashMap<>();
        quick.put("xor", () -> new XorExperiment(new XorExperiment.Settings(2, 1, 20, 0.05, 4, 1, 10)));
        return quick;
    }
}
