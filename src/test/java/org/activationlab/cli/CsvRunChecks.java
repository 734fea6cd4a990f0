package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** What every experiment run on {@code csv:PATH} must show in its summary. */
final class CsvRunChecks {
    private CsvRunChecks() {
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
