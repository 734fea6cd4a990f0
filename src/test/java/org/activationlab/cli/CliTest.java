package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import org.activationlab.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    /** Runs the CLI in this JVM, capturing stdout and stderr. */
    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        return captured(() -> Main.execute(args));
    }

    /** Runs {@code cli}, which returns an exit code, capturing stdout and stderr. */
    static Result captured(IntSupplier cli) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = cli.getAsInt();
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void listNamesExperimentsAndClaims() {
        Result r = run("list");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("xor"), r.out());
        assertTrue(r.out().contains("C5 A perceptron is a single node"), r.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result r = run("frobnicate");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unmatched argument at index 0: 'frobnicate'"), r.err());
        assertTrue(r.err().contains("Usage: activation-lab"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("xor", "--sedes", "3");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown options: '--sedes'"), r.err());
        assertTrue(r.err().contains("Possible solutions: --seeds"), r.err());
    }

    @Test
    void malformedNumberIsAUsageError() {
        Result r = run("xor", "--seeds", "three");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'three' is not an int"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xor", "all"})
    void outThatIsAFileFailsBeforeTraining(String command, @TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "keep me");
        Result r = run(command, "--quiet", "--out", file.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("is a file, not a directory"), r.err());
        assertEquals("", r.out(), "no experiment ran");
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void xorWritesSummaryAndCsv(@TempDir Path tmp) throws Exception {
        Result r = run("xor", "--quiet", "--seeds", "2", "--steps", "20", "--out", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("perceptron"), r.out());
        assertEquals("", r.err().trim(), "--quiet prints no progress");

        JsonNode summary = Json.MAPPER.readTree(tmp.resolve("xor/summary.json").toFile());
        assertEquals("xor", summary.get("experiment").asText());
        List<String> claims = List.of(summary.get("claims").get(0).get("id").asText(),
                summary.get("claims").get(1).get("id").asText(), summary.get("claims").get(2).get("id").asText());
        assertEquals(List.of("C4", "C5", "C6"), claims);
        for (JsonNode claim : summary.get("claims")) {
            assertTrue(List.of("supported", "refuted", "partly").contains(claim.get("verdict").asText()));
            assertTrue(claim.get("evidence").asText().length() > 20);
        }
        assertEquals(2, summary.get("provenance").get("settings").get("seeds").asInt());
        assertEquals(20, summary.get("provenance").get("settings").get("steps").asInt());
        JsonNode perceptron = summary.get("results").get(0);
        assertEquals("perceptron", perceptron.get("model").asText());
        assertEquals("none", perceptron.get("hidden_activation").asText());
        assertEquals(0, perceptron.get("hidden_layers").asInt());
        assertEquals(2, perceptron.get("seeds").asInt());
        assertTrue(perceptron.has("accuracy_mean") && perceptron.has("solved_fraction"));

        List<String> csv = Files.readAllLines(tmp.resolve("xor/runs.csv"));
        assertEquals("model,hidden_activation,hidden_layers,seed,accuracy,solved,steps_to_solve,final_loss", csv.get(0));
        assertEquals(1 + 10 * 2, csv.size());

        // One command with --out gets the report page and charts that `all` would draw for it.
        assertTrue(Files.size(tmp.resolve("xor/solved.png")) > 1000, "xor/solved.png");
        assertTrue(Files.isRegularFile(tmp.resolve("xor/boundary-perceptron.png")), "a decision boundary chart");
        String index = Files.readString(tmp.resolve("index.html"));
        assertTrue(index.contains("xor/solved.png") && !index.contains("compare/"), "index.html covers xor alone");
        assertTrue(Files.isRegularFile(tmp.resolve("report.md")));
        assertTrue(r.out().contains("report: " + tmp.resolve("index.html").toAbsolutePath()), r.out());
    }

    @Test
    void resumeReusesFinishedTrainingsAndGivesTheSameSummary(@TempDir Path tmp) throws Exception {
        Result first = run("xor", "--quiet", "--seeds", "2", "--steps", "20", "--out", tmp.toString());
        assertEquals(0, first.exitCode(), first.err());
        JsonNode before = Json.MAPPER.readTree(tmp.resolve("xor/summary.json").toFile());
        long cells;
        try (var files = Files.list(tmp.resolve("xor/cells"))) {
            cells = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertEquals(20, cells, "one stored file per finished training");

        Result again = run("xor", "--quiet", "--seeds", "2", "--steps", "20", "--out", tmp.toString(), "--resume");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode after = Json.MAPPER.readTree(tmp.resolve("xor/summary.json").toFile());
        assertEquals(before.get("results"), after.get("results"));
        assertEquals(before.get("claims"), after.get("claims"));
    }

    @Test
    void resumeWithoutOutIsAClearError() {
        Result r = run("xor", "--quiet", "--resume");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--resume needs --out DIR"), r.err());
    }

    @Test
    void negativeSeedsAreRejectedWithTheField() {
        Result r = run("xor", "--quiet", "--seeds", "-2");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("seeds: expected at least 1, received -2"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace without --debug");
    }
}
