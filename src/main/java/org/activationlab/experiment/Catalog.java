package org.activationlab.experiment;

import java.util.List;
import java.util.function.Supplier;
import org.activationlab.experiment.inside.CurvesExperiment;
import org.activationlab.experiment.inside.DeadReluExperiment;
import org.activationlab.experiment.inside.ManualForwardExperiment;
import org.activationlab.experiment.inside.OutputsExperiment;
import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.experiment.inside.VanishingExperiment;

/** Every experiment with its default settings, in the article's order. */
public final class Catalog {

    /** One experiment: its name, what it measures and the claims it tests. */
    public record Entry(String name, String description, List<Claim> claims, Supplier<Experiment<?>> defaults) {
    }

    private Catalog() {
    }

    public static List<Entry> entries() {
        return List.of(entry(XorExperiment::new),
                entry(RepresentationExperiment::new),
                entry(OutputsExperiment::new),
                entry(CurvesExperiment::new),
                entry(VanishingExperiment::new),
                entry(CompareExperiment::new),
                entry(DeadReluExperiment::new),
                entry(ManualForwardExperiment::new));
    }

    private static Entry entry(Supplier<Experiment<?>> factory) {
        Experiment<?> e = factory.get();
        return new Entry(e.name(), e.description(), e.claims(), factory);
    }
}
