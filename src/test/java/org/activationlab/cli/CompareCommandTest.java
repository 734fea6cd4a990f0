package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.activationlab.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @Test
    void comparesOnACsvFileAndResumeRetrainsWhenTheFileChanges(@TempDir Path tmp) throws Exception {
        Path file = java.nio.file.Files.copy(Path.of("src/main/resources/datasets/penguins.csv"), tmp.resolve("p.csv"));
        String[] args = {"compare", "--quiet", "--dataset", "csv:" + file, "--label", "species", "--hidden", "4",
                "--activations", "tanh", "--seeds", "2", "--epochs", "2", "--out", tmp.resolve("out").toString(),
                "--resume"};
        CliTest.Result first = CliTest.run(args);
        assertEquals(0, first.exitCode(), first.err());
        JsonNode data = Json.MAPPER.readTree(tmp.resolve("out/compare/summary.json").toFile()).get("details").get("dataset");
        assertEquals("csv:" + file, data.get("name").asText());
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"),
                Json.MAPPER.convertValue(data.get("parameters").get("class_order"), List.class));
        Path cells = tmp.resolve("out/compare/cells");
        assertEquals(2, cellCount(cells));

        assertEquals(0, CliTest.run(args).exitCode());
        assertEquals(2, cellCount(cells), "same file: --resume reuses both trainings");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("39.1,18.7", "39.2,18.7"));
        assertEquals(0, CliTest.run(args).exitCode());
        assertEquals(4, cellCount(cells), "changed file: both cells trained again under new ids");
    }

    private static long cellCount(Path cells) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(cells)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    @Test
    void writesSummaryAndTidyCsvThatParseBack(@TempDir Path tmp) throws Exception {
        CliTest.Result r = CliTest.run("compare", "--quiet", "--dataset", "xor-4", "--hidden", "4",
                "--activations", "tanh,sigmoid", "--seeds", "2", "--epochs", "5", "--batch-size", "4",
                "--lr", "0.05", "--weight-init", "xavier", "--target", "1", "--out", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err().trim(), "--quiet prints no progress");
        assertTrue(r.out().contains("test accuracy mean ± std"), r.out());
        assertTrue(r.out().contains("C12 ["), r.out());
        assertTrue(r.out().contains("pairwise Welch t-tests"), r.out());

        JsonNode summary = Json.MAPPER.readTree(tmp.resolve("compare/summary.json").toFile());
        assertEquals("compare", summary.get("experiment").asText());
        assertEquals("C12", summary.get("claims").get(0).get("id").asText());
        JsonNode settings = summary.get("provenance").get("settings");
        assertEquals(2, settings.get("seeds").asInt());
        assertEquals("xor-4", settings.get("dataset").asText());
        assertEquals(0.05, settings.get("optimizer").get("learning_rate").asDouble());
        assertEquals("1", summary.get("provenance").get("environment").get("omp_num_threads").asText());
        JsonNode details = summary.get("details");
        assertEquals(4, details.get("specs").size(), "one spec per run");
        assertEquals(2, details.get("specs").get("sigmoid-s2").get("seed").asInt());
        assertEquals("SIGMOID", details.get("specs").get("sigmoid-s2").get("hidden").get(0).get("activation").asText());
        assertEquals("XAVIER", details.get("specs").get("tanh-s1").get("weight_init").asText());
        assertEquals("xor-4", details.get("dataset").get("name").asText());
        assertEquals(2, details.get("comparisons").size(), "final metric and epochs to target for the one pair");

        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = Json.CSV.readerFor(Map.class).with(header)
                .readValues(tmp.resolve("compare/runs.csv").toFile())) {
            rows = it.readAll();
        }
        assertEquals(2 * 2 * (5 + 1), rows.size());
        assertEquals(List.of("run_id", "dataset", "activation", "seed", "epoch", "train_loss", "test_loss",
                "test_accuracy", "test_mse", "test_r2", "seconds", "diverged", "diverged_epoch"),
                List.copyOf(rows.get(0).keySet()));
        for (JsonNode result : summary.get("results")) {
            String activation = result.get("activation").asText();
            double csvMean = rows.stream().filter(row -> row.get("activation").equals(activation)
                    && row.get("epoch").equals("5")).mapToDouble(row -> Double.parseDouble(row.get("test_accuracy")))
                    .average().orElseThrow();
            assertEquals(csvMean, result.get("final_metric").get("mean").asDouble(), 1e-12, activation);
            assertEquals(2, result.get("final_metric").get("n").asInt());
        }
    }

    @Test
    void unknownActivationIsAUsageErrorListingTheChoices() {
        CliTest.Result r = CliTest.run("compare", "--activations", "relu,mish");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--activations: unknown activation 'mish': expected one of sigmoid, tanh, relu, "
                + "leakyrelu, elu, selu, gelu, swish, softplus, identity, softmax or all"), r.err());
    }

    @Test
    void allComparesTheNineHiddenActivations(@TempDir Path tmp) throws Exception {
        CliTest.Result r = CliTest.run("compare", "--quiet", "--dataset", "xor-4", "--hidden", "3",
                "--activations", "all", "--seeds", "2", "--epochs", "2", "--batch-size", "4", "--out", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = Json.MAPPER.readTree(tmp.resolve("compare/summary.json").toFile());
        List<String> compared = new java.util.ArrayList<>();
        summary.get("results").forEach(result -> compared.add(result.get("activation").asText()));
        assertEquals(List.of("sigmoid", "tanh", "relu", "leakyrelu", "elu", "selu", "gelu", "swish", "softplus"),
                compared);
        for (JsonNode claim : summary.get("claims")) {
            if (claim.get("id").asText().equals("C13")) {
                String evidence = claim.get("evidence").asText();
                assertTrue(evidence.contains("vs leakyrelu") && !evidence.contains("gelu"),
                        "C13 is judged among the article's activations: " + evidence);
            }
        }
        assertEquals(9 * 8 / 2 * 2, summary.get("details").get("comparisons").size(), "every pair, both measures");
    }

    @Test
    void unknownWeightInitIsAUsageError() {
        CliTest.Result r = CliTest.run("compare", "--weight-init", "glorot");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown weight init 'glorot': expected one of auto, xavier, he, normal"), r.err());
    }

    @Test
    void malformedNumbersAreUsageErrors() {
        assertEquals(2, CliTest.run("compare", "--epochs", "ten").exitCode());
        CliTest.Result r = CliTest.run("compare", "--hidden", "8,x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'x' is not an int"), r.err());
    }

    @Test
    void outOfRangeValuesNameTheField() {
        CliTest.Result lr = CliTest.run("compare", "--quiet", "--lr", "-1");
        assertEquals(1, lr.exitCode());
        assertTrue(lr.err().contains("learningRate: expected a positive finite number, received -1.0"), lr.err());
        CliTest.Result twice = CliTest.run("compare", "--quiet", "--activations", "relu,relu");
        assertEquals(1, twice.exitCode());
        assertTrue(twice.err().contains("activations: expected each activation once"), twice.err());
    }
}
