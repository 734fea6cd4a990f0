package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vanishing} reads a CSV file through the shared data options and shows every activation asked for. */
class VanishingCommandTest {

    @Test
    void runsTheNineActivationsOnACsvFile(@TempDir Path tmp) throws Exception {
        CsvRunChecks.Run run = CsvRunChecks.onPenguins(tmp, "vanishing", "--activations", "all", "--layers", "2",
                "--width", "4", "--epochs", "1", "--probe-size", "16");
        assertTrue(run.result().out().contains("C11 ["), run.result().out());
        JsonNode summary = run.summary();
        List<String> shown = new ArrayList<>();
        summary.get("results").forEach(row -> shown.add(row.get("activation").asText()));
        assertEquals(Activation.allHidden().stream().map(Activation::id).toList(), shown);
    }

    @Test
    void activationsWithoutTheArticlesFourAreRefusedWithTheFix() {
        CliTest.Result r = CliTest.run("vanishing", "--quiet", "--dataset", "spiral", "--activations", "relu,gelu",
                "--layers", "2", "--width", "4", "--epochs", "1");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("activations") && r.err().contains("sigmoid, tanh, relu and leakyrelu"), r.err());
    }
}
