package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overfitting} takes the shared data options (a CSV file, pinned to its contents) and keeps its own defaults. */
class OverfittingCommandTest {

    @Test
    void comparesEveryRemedyOnACsvFile(@TempDir Path tmp) throws Exception {
        JsonNode summary = CsvRunChecks.onPenguins(tmp, "overfitting", "--layers", "1", "--width", "4", "--epochs",
                "2", "--patience", "1", "--seeds", "1").summary();
        assertEquals(4, summary.get("results").size(), "none, l2, dropout and early stopping, one seed each");
    }

    @Test
    void aGeneratedSetKeepsTheCommandsNoiseUnlessNoiseIsGiven(@TempDir Path tmp) throws Exception {
        double defaultNoise = OverfittingExperiment.Settings.defaults().data().noise();
        assertEquals(defaultNoise, noiseOfARun(tmp.resolve("default")), "overfitting's own default, not the mixin's 0");
        assertEquals(0.1, noiseOfARun(tmp.resolve("given"), "--noise", "0.1"));
    }

    private static double noiseOfARun(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("overfitting", "--quiet", "--dataset", "moons", "--points", "40",
                "--layers", "1", "--width", "4", "--epochs", "2", "--patience", "1", "--seeds", "1", "--out",
                out.toString()));
        args.addAll(List.of(extra));
        CliTest.Result r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = Json.MAPPER.readTree(out.resolve("overfitting/summary.json").toFile());
        assertEquals(40, summary.get("details").get("train_examples").asInt()
                + summary.get("details").get("test_examples").asInt(), "--points reached the generated set");
        return summary.get("provenance").get("settings").get("data").get("noise").asDouble();
    }
}
