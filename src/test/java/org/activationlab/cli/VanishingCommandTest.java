package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.io.Json;
import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vanishing} reads a CSV file through the shared data options and shows every activation asked for. */
class VanishingCommandTest {

    @Test
    void runsTheNineActivationsOnACsvFile(@TempDir Path tmp) throws Exception {
        Path file = Files.copy(Path.of("src/main/resources/datasets/penguins.csv"), tmp.resolve("p.csv"));
        CliTest.Result r = CliTest.run("vanishing", "--quiet", "--dataset", "csv:" + file, "--label", "species",
                "--activations", "all", "--layers", "2", "--width", "4", "--epochs", "1", "--probe-size", "16",
                "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("C11 ["), r.out());
        JsonNode summary = Json.MAPPER.readTree(tmp.resolve("out/vanishing/summary.json").toFile());
        assertEquals("csv:" + file, summary.get("details").get("dataset").asText());
        JsonNode csv = summary.get("provenance").get("settings").get("data").get("csv");
        assertEquals("species", csv.get("label").asText());
        assertEquals(64, csv.get("file_digest").asText().length(), "pinned to the file's SHA-256");
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
