package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsideCommandsTest {

    @Test
    void curvesWritesItsSummary(@TempDir Path tmp) {
        CliTest.Result r = CliTest.run("curves", "--quiet", "--out", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("C16 [supported]"), r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("curves/summary.json")));
        assertTrue(Files.isRegularFile(tmp.resolve("curves/runs.csv")));
        assertTrue(Files.isRegularFile(tmp.resolve("curves/values.png")), "its charts, as `all` draws them");
        assertTrue(Files.isRegularFile(tmp.resolve("curves/slopes.png")));
        assertTrue(Files.isRegularFile(tmp.resolve("index.html")));
    }

    @Test
    void seedsOnASingleRunExperimentIsAnErrorNotIgnored() {
        CliTest.Result r = CliTest.run("curves", "--seeds", "3");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--seeds does not apply to 'curves'"), r.err());
    }

    @Test
    void vanishingRemediesShowsEveryResultChangingSettingWithItsDefault() {
        CliTest.Result r = CliTest.run("vanishing-remedies", "--help");
        assertEquals(0, r.exitCode(), r.err());
        for (String option : new String[]{"--dataset", "--fallback", "--limit", "--layers", "--width", "--activations",
                "--baseline-init", "--inits", "--epochs", "--batch-size", "--optimizer", "--lr", "--target-share",
                "--probe-size", "--first-seed", "--seeds"}) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
        assertTrue(r.out().contains("(default NAIVE_NORMAL)") || r.out().contains("(default naive_normal)"), r.out());
    }

    @Test
    void vanishingRemediesRejectsTheBaselineAsARemedyInOneLine() {
        CliTest.Result r = CliTest.run("vanishing-remedies", "--inits", "naive_normal,xavier");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("remedyInits") && r.err().contains("baseline"), r.err());
    }

    @Test
    void listShowsTheInsideExperiments() {
        CliTest.Result r = CliTest.run("list");
        for (String name : new String[]{"curves", "manual-forward", "vanishing", "dead-relu", "outputs", "representation",
                "vanishing-remedies"}) {
            assertTrue(r.out().contains(name), name + " in " + r.out());
        }
    }
}
