package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activationlab.experiment.inside.DeadReluExperiment;
import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.experiment.inside.ManualForwardExperiment;
import org.activationlab.experiment.inside.OutputsExperiment;
import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;
import org.junit.jupiter.api.Test;

/** {@code all --seeds N} reaches every experiment with a seed loop through its catalog entry. */
class CatalogTest {

    private static int seedsOf(Object settings) {
        if (settings instanceof XorExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof CompareExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof VanishingExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof OverfittingExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof DeadReluExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof RepresentationExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof ManualForwardExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof OutputsExperiment.Settings s) {
            return s.seeds();
        }
        if (settings instanceof VanishingRemediesExperiment.Settings s) {
            return s.seeds();
        }
        throw new AssertionError("no seeds in " + settings);
    }

    @Test
    void theSeedsHookGivesNSeedsAndEveryOtherSettingItsDefault() {
        Map<String, Integer> seeded = new LinkedHashMap<>();
        for (Catalog.Entry entry : Catalog.entries()) {
            entry.withSeeds(7).ifPresent(e -> {
                seeded.put(entry.name(), seedsOf(e.settings()));
                assertEquals(entry.name(), e.name());
            });
        }
        assertEquals(Map.of("xor", 7, "vanishing", 7, "vanishing-remedies", 7, "compare", 7, "dead-relu", 7,
                "representation", 7, "manual-forward", 7, "outputs", 7, "overfitting", 7), seeded);
        var vanishing = (VanishingExperiment.Settings) Catalog.entries().stream()
                .filter(e -> e.name().equals("vanishing")).findFirst().orElseThrow().withSeeds(7).orElseThrow().settings();
        assertEquals(VanishingExperiment.Settings.defaults().withSeeds(7), vanishing);
    }
}
