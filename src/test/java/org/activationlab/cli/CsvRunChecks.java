package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.activationlab.io.Json;

/** What every experiment run on {@code csv:PATH} must show in its summary. */
final class CsvRunChecks {
    private CsvRunChecks() {
    }

    /** A command's run: what it printed, and its summary.json. */
    record Run(CliTest.Result result, JsonNode summary) {
    }

    /**
     * Runs {@code command} with {@code options} on a copy of the shipped penguins file (label: species), writing
     * under {@code tmp}; it must succeed, pinned to that file ({@link #assertPinned}).
     */
    static Run onPenguins(Path tmp, String command, String... options) throws Exception {
        Path file = Files.copy(Path.of("src/main/resources/datasets/penguins.csv"), tmp.resolve("p.csv"));
        List<String> args = new ArrayList<>(List.of(command, "--quiet", "--dataset", "csv:" + file, "--label",
                "species", "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(options));
        CliTest.Result r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = Json.MAPPER.readTree(tmp.resolve("out").resolve(command).resolve("summary.json").toFile());
        assertPinned(summary, file, "species");
        return new Run(r, summary);
    }

    /** The run named the file, kept its label, and pinned the file's SHA-256 in its settings and its data. */
    static void assertPinned(JsonNode summary, Path file, String label) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals("csv:" + file, summary.get("details").get("dataset").asText());
        JsonNode csv = summary.get("provenance").get("settings").get("data").get("csv");
        assertEquals(label, csv.get("label").asText());
        assertEquals(sha256, csv.get("file_digest").asText(), "settings pinned to the file's SHA-256");
        assertEquals(sha256, summary.get("details").get("parameters").get("file_sha256").asText(), "data read from it");
        JsonNode cells = summary.get("provenance").get("cells");
        assertEquals(0, cells.get("failed").asInt(), cells.toString());
        assertEquals(cells.get("total").asInt(), cells.get("trained").asInt(), cells.toString());
    }
}
