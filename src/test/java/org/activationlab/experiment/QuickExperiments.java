package org.activationlab.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.activationlab.experiment.inside.CurvesExperiment;
import org.activationlab.experiment.inside.DeadReluExperiment;
import org.activationlab.experiment.inside.ManualForwardExperiment;
import org.activationlab.experiment.inside.OutputsExperiment;
import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.experiment.inside.VanishingExperiment;

/** One small, fast configuration of every experiment kind, for tests that must run them all. */
final class QuickExperiments {
    private QuickExperiments() {
    }

    static Map<String, Supplier<Experiment<?, ?>>> all() {
        Map<String, Supplier<Experiment<?, ?>>> quick = new LinkedHashMap<>();
        quick.put("xor", () -> new XorExperiment(new XorExperiment.Settings(2, 1, 20, 0.05, 4, 1, 10)));
        // The inside-the-network experiments are small by default (about 1-3 s of CPU each).
        quick.put("curves", CurvesExperiment::new);
        quick.put("manual-forward", ManualForwardExperiment::new);
        quick.put("vanishing", VanishingExperiment::new);
        quick.put("dead-relu", DeadReluExperiment::new);
        quick.put("outputs", OutputsExperiment::new);
        quick.put("representation", RepresentationExperiment::new);
        quick.put("compare", () -> new CompareExperiment(CompareExperiment.Settings.defaults().withSeeds(2)));
        return quick;
    }
}
