package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vanishing-remedies} reads a CSV file through the shared data options, pinned to the file's contents. */
class VanishingRemediesCommandTest {

    @Test
    void comparesTheRemediesOnTheDefaultLimitOfACsvFile(@TempDir Path tmp) throws Exception {
        JsonNode summary = CsvRunChecks.onPenguins(tmp, "vanishing-remedies", "--activations", "sigmoid", "--inits",
                "xavier", "--layers", "2", "--width", "4", "--epochs", "1", "--probe-size", "16", "--seeds", "1")
                .summary();
        assertEquals(VanishingRemediesExperiment.Settings.defaults().data().limit(),
                summary.get("details").get("parameters").get("rows").asInt(), "the first rows, up to the default --limit");
        assertEquals(4, summary.get("results").size(), "naive and xavier, each with and without batch norm");
        summary.get("results").forEach(row -> assertEquals(1, row.get("runs").asInt(), row.toString()));
    }
}
