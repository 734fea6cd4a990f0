package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code all --seeds N} reaches every experiment with a seed loop through its catalog entry. */
class CatalogTest {

    /** The settings of {@code experiment}: settings without a seed loop have no seeds hook either. */
    private static Seeded<?> seeded(Experiment<?, ?> experiment) {
        return assertInstanceOf(Seeded.class, experiment.settings(), "a seeds hook on settings without seeds");
    }

    @Test
    void theSeedsHookGivesNSeedsAndEveryOtherSettingItsDefault() {
        Map<String, Integer> seeds = new LinkedHashMap<>();
        for (Catalog.Entry entry : Catalog.entries()) {
            entry.withSeeds(7).ifPresent(e -> {
                seeds.put(entry.name(), seeded(e).seeds());
                assertEquals(entry.name(), e.name());
                assertEquals(seeded(entry.defaults().get()).withSeeds(7), e.settings(), entry.name());
            });
        }
        assertEquals(Map.of("xor", 7, "vanishing", 7, "vanishing-remedies", 7, "compare", 7, "dead-relu", 7,
                "representation", 7, "manual-forward", 7, "outputs", 7, "overfitting", 7), seeds);
    }
}
