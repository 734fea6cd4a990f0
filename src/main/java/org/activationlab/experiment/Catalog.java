package org.activationlab.experiment;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.activationlab.experiment.inside.CurvesExperiment;
import org.activationlab.experiment.inside.DeadReluExperiment;
import org.activationlab.experiment.inside.ManualForwardExperiment;
import org.activationlab.experiment.inside.OutputsExperiment;
import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;

/** Every experiment with its default settings, in the article's order. */
public final class Catalog {

    /**
     * One experiment: its name, what it measures, the claims it tests, and how to build it.
     *
     * @param defaults with its default settings
     * @param seeded   with its default settings but N seeds ({@code all --seeds N}); null when it has
     *                 no seed loop yet
     */
    public record Entry(String name, String description, List<Claim> claims, Supplier<Experiment<?, ?>> defaults,
                        IntFunction<Experiment<?, ?>> seeded) {

        /** The experiment with {@code n} seeds, or empty when it keeps its own. */
        public Optional<Experiment<?, ?>> withSeeds(int n) {
            return seeded == null ? Optional.empty() : Optional.of(seeded.apply(n));
        }
    }

    private Catalog() {
    }

    public static List<Entry> entries() {
        return List.of(
                entry(XorExperiment::new, n -> new XorExperiment(XorExperiment.Settings.defaults().withSeeds(n))),
                entry(RepresentationExperiment::new, n -> new RepresentationExperiment(RepresentationExperiment.Settings.defaults().withSeeds(n))),
                entry(OutputsExperiment::new,
                        n -> new OutputsExperiment(OutputsExperiment.Settings.defaults().withSeeds(n))),
                entry(CurvesExperiment::new, null),
                entry(VanishingExperiment::new,
                        n -> new VanishingExperiment(VanishingExperiment.Settings.defaults().withSeeds(n))),
                entry(VanishingRemediesExperiment::new, n -> new VanishingRemediesExperiment(
                        VanishingRemediesExperiment.Settings.defaults().withSeeds(n))),
                entry(CompareExperiment::new,
                        n -> new CompareExperiment(CompareExperiment.Settings.defaults().withSeeds(n))),
                entry(DeadReluExperiment::new, n -> new DeadReluExperiment(DeadReluExperiment.Settings.defaults().withSeeds(n))),
                entry(ManualForwardExperiment::new,
                        n -> new ManualForwardExperiment(ManualForwardExperiment.Settings.defaults().withSeeds(n))),
                entry(OverfittingExperiment::new,
                        n -> new OverfittingExperiment(OverfittingExperiment.Settings.defaults().withSeeds(n))));
    }

    private static Entry entry(Supplier<Experiment<?, ?>> factory, IntFunction<Experiment<?, ?>> seeded) {
        Experiment<?, ?> e = factory.get();
        return new Entry(e.name(), e.description(), e.claims(), factory, seeded);
    }
}
