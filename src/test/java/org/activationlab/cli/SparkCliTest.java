package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.activationlab.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkCliTest {

    private static JsonNode summary(Path out) throws Exception {
        return Json.MAPPER.readTree(out.resolve("xor/summary.json").toFile());
    }

    @Test
    void xorOnSparkWritesTheSameResultsAsLocal(@TempDir Path tmp) throws Exception {
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        CliTest.Result l = CliTest.run("xor", "--quiet", "--seeds", "2", "--steps", "20", "--out", local.toString());
        CliTest.Result s = CliTest.run("xor", "--quiet", "--seeds", "2", "--steps", "20", "--out", spark.toString(),
                "--executor", "spark", "--master", "local[2]");
        assertEquals(0, l.exitCode(), l.err());
        assertEquals(0, s.exitCode(), s.err());
        assertEquals(summary(local).get("results"), summary(spark).get("results"));
        assertEquals(summary(local).get("claims"), summary(spark).get("claims"));
        assertEquals(Files.readString(local.resolve("xor/runs.csv")), Files.readString(spark.resolve("xor/runs.csv")));
        assertTrue(summary(spark).get("provenance").get("executor").asText().startsWith("spark, master local[2"),
                summary(spark).get("provenance").toString());
        try (var cells = Files.list(spark.resolve("xor/cells"))) {
            assertEquals(20, cells.count(), "the driver stored every finished training for --resume");
        }
    }

    @Test
    void compareOnSparkGivesTheSameRunsAndVerdictsAsLocal(@TempDir Path tmp) throws Exception {
        List<String> args = List.of("compare", "--quiet", "--dataset", "circle", "--hidden", "4", "--seeds", "2",
                "--epochs", "3", "--activations", "tanh,relu");
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        CliTest.Result l = CliTest.run(concat(args, "--out", local.toString()));
        CliTest.Result s = CliTest.run(concat(args, "--out", spark.toString(), "--executor", "spark", "--master", "local[2]"));
        assertEquals(0, l.exitCode(), l.err());
        assertEquals(0, s.exitCode(), s.err());
        assertEquals(withoutTiming(local.resolve("compare/runs.csv")), withoutTiming(spark.resolve("compare/runs.csv")));
        JsonNode localClaims = Json.MAPPER.readTree(local.resolve("compare/summary.json").toFile()).get("claims");
        JsonNode sparkClaims = Json.MAPPER.readTree(spark.resolve("compare/summary.json").toFile()).get("claims");
        assertEquals(localClaims, sparkClaims);
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The CSV without its wall-time column, the one column that may differ between executors. */
    private static List<String> withoutTiming(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int seconds = Arrays.asList(lines.get(0).split(",")).indexOf("seconds");
        assertTrue(seconds >= 0, lines.get(0));
        return lines.stream().map(line -> {
            List<String> cells = new java.util.ArrayList<>(Arrays.asList(line.split(",", -1)));
            cells.remove(seconds);
            return String.join(",", cells);
        }).toList();
    }

    @Test
    void masterWithoutSparkExecutorIsAClearError() {
        CliTest.Result r = CliTest.run("xor", "--quiet", "--master", "local[2]");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--master local[2] needs --executor spark"), r.err());
    }

    @Test
    void threadsWithSparkIsAClearError() {
        CliTest.Result r = CliTest.run("xor", "--quiet", "--executor", "spark", "--threads", "2");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--threads applies to --executor local"), r.err());
    }

    /** As with {@code java -jar}: the runtime jars without Spark and Scala. */
    @Test
    void withoutSparkOnTheClasspathTheErrorShowsSparkSubmit() throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("/org/apache/spark/") && !entry.contains("/org/scala-lang/"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dactivationlab.relaunch=false", "-cp", classpath,
                Main.class.getName(), "xor", "--quiet", "--executor", "spark").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(1, lines.size(), "one line, no stack trace: " + output);
        assertTrue(lines.get(0).startsWith("error: --executor spark: Apache Spark is not on the classpath"), output);
        assertTrue(lines.get(0).contains("spark-submit --class org.activationlab.cli.Main"), output);
    }
}
