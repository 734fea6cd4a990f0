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
    }

    @Test
    void seedsOnASingleRunExperimentIsAnErrorNotIgnored() {
        CliTest.Result r = CliTest.run("curves", "--seeds", "3");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--seeds does not apply to 'curves'"), r.err());
    }

    @Test
    void listShowsTheInsideExperiments() {
        CliTest.Result r = CliTest.run("list");
        for (String name : new String[]{"curves", "manual-forward", "vanishing", "dead-relu", "outputs", "representation"}) {
            assertTrue(r.out().contains(name), name + " in " + r.out());
        }
    }
}
