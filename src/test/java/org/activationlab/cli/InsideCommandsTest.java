package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** A new user without Fashion-MNIST learns from the console, not only from summary.json, why and what to install. */
    @Test
    void aFallbackToBuiltInDataIsSaidOnTheConsoleWithTheFix(@TempDir Path empty) {
        CliTest.Result fellBack = CliTest.run("vanishing", "--data-dir", empty.toString(), "--seeds", "1", "--quiet");
        assertEquals(0, fellBack.exitCode(), fellBack.err());
        assertTrue(fellBack.out().contains("data: ran on spiral instead of the preferred set, because fashion-mnist: "),
                fellBack.out());
        assertTrue(fellBack.out().contains("apt-get install dataset-fashion-mnist"), fellBack.out());

        CliTest.Result asked = CliTest.run("vanishing", "--dataset", "spiral", "--seeds", "1", "--quiet");
        assertEquals(0, asked.exitCode(), asked.err());
        assertFalse(asked.out().contains("data: ran on"), asked.out());
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
