package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.io.Json;
import org.activationlab.report.ResultWriter;

/** Writes a result with {@link ResultWriter}, reads summary.json back and checks the common shape. */
final class SummaryJson {
    private SummaryJson() {
    }

    static JsonNode writeAndRead(ExperimentResult<?> result, Path dir) throws IOException {
        ResultWriter.write(result, dir);
        Path summary = dir.resolve(result.experiment()).resolve("summary.json");
        JsonNode json = Json.MAPPER.readTree(summary.toFile());
        assertEquals(result.experiment(), json.get("experiment").asText());
        assertEquals(result.claims().size(), json.get("claims").size());
        for (JsonNode claim : json.get("claims")) {
            assertTrue(List.of("supported", "partly", "refuted", "not significant", "inconclusive").contains(claim.get("verdict").asText()),
                    claim.toString());
            assertTrue(claim.get("evidence").asText().length() > 40, claim.toString());
        }
        assertTrue(json.get("provenance").has("settings"));
        assertEquals(result.results().size(), json.get("results").size());
        if (!result.csv().isEmpty()) {
            assertTrue(Files.readAllLines(dir.resolve(result.experiment()).resolve("runs.csv")).size() > 1);
        }
        return json;
    }

    static List<String> claimIds(JsonNode json) {
        List<String> ids = new ArrayList<>();
        json.get("claims").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
