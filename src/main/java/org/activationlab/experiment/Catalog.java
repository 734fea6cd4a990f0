package org.activationlab.experiment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
                seeded(XorExperiment::new, XorExperiment.Settings.defaults()),
                seeded(RepresentationExperiment::new, RepresentationExperiment.Settings.defaults()),
                seeded(OutputsExperiment::new, OutputsExperiment.Settings.defaults()),
                entry(CurvesExperiment::new, null),
                seeded(VanishingExperiment::new, VanishingExperiment.Settings.defaults()),
                seeded(VanishingRemediesExperiment::new, VanishingRemediesExperiment.Settings.defaults()),
                seeded(CompareExperiment::new, CompareExperiment.Settings.defaults()),
                seeded(DeadReluExperiment::new, DeadReluExperiment.Settings.defaults()),
                seeded(ManualForwardExperiment::new, ManualForwardExperiment.Settings.defaults()),
                seeded(OverfittingExperiment::new, OverfittingExperiment.Settings.defaults()));
    }

    /** An entry whose {@code --seeds N} runs its default settings with N seeds. */
    private static <S extends Seeded<S>> Entry seeded(Function<S, Experiment<?, ?>> make, S defaults) {
        return entry(() -> make.apply(defaults), n -> make.apply(defaults.withSeeds(n)));
    }

    private static Entry entry(Supplier<Experiment<?, ?>> factory, IntFunction<Experiment<?, ?>> seeded) {
        Experiment<?, ?> e = factory.get();
        return new Entry(e.name(), e.description(), e.claims(), factory, seeded);
    }
}
