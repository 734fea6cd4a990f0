package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.activationlab.data.CsvOptions;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.CompareExperiment;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.XorExperiment;
import org.activationlab.experiment.inside.DeadReluExperiment;
import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.experiment.inside.CurvesExperiment;
import org.activationlab.experiment.inside.ManualForwardExperiment;
import org.activationlab.experiment.inside.OutputsExperiment;
import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;
import org.activationlab.io.Json;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.LocalExecutor;
import org.activationlab.sweep.StopSignal;
import org.activationlab.sweep.SweepExecutor;
import org.activationlab.sweep.spark.SparkExecutor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every experiment on the sweep gives the same summary.json (timings and the record of how it ran aside)
 * whether its cells train on local threads, on Spark (local[2], one context for the JVM), or in a run
 * that was stopped after two cells and then resumed from its store.
 */
class SweepEquivalenceTest {
    /** Holds a copy of the shipped penguins CSV: Spark's workers read {@code csv:PATH} at an absolute path. */
    @TempDir
    static Path files;

    static Stream<Arguments> experiments() {
        Supplier<Experiment<?, ?>> xor = () -> new XorExperiment(new XorExperiment.Settings(2, 1, 20, 0.05, 4, 1, 10));
        Supplier<Experiment<?, ?>> compare = () -> new CompareExperiment(new CompareExperiment.Settings("circle",
                DataOptions.defaults().withPoints(120), List.of(4), List.of(Activation.TANH, Activation.RELU), 2, 1, 3,
                20, Optimizer.adam(0.02), 0, WeightInitChoice.AUTO, 0.9));
        Supplier<Experiment<?, ?>> vanishing = () -> new VanishingExperiment(new VanishingExperiment.Settings("spiral",
                null, 0, 3, 8, 1, 50, Optimizer.sgd(0.1), WeightInitChoice.AUTO, 64, 1, 1));
        Supplier<Experiment<?, ?>> deadRelu = () -> new DeadReluExperiment(new DeadReluExperiment.Settings("spiral",
                null, 0, 2, 8, 1, 50, 0.005, 0.1, 1, 1));
        Supplier<Experiment<?, ?>> representation = () -> new RepresentationExperiment(
                RepresentationExperiment.Settings.defaults().withSeeds(2));
        Supplier<Experiment<?, ?>> curves = () -> new CurvesExperiment(new CurvesExperiment.Settings(-6, 6, 25, 200, 2.0,
                0.01, 1));
        Supplier<Experiment<?, ?>> manualForward = () -> new ManualForwardExperiment(new ManualForwardExperiment.Settings(
                20, 0.05, 3, 1, 1));
        Supplier<Experiment<?, ?>> outputs = () -> new OutputsExperiment(new OutputsExperiment.Settings("reg-plane",
                "circle", "iris", 1, 4, 2, 50, 0.01, 1, 1));
        Supplier<Experiment<?, ?>> remedies = () -> new VanishingRemediesExperiment(new VanishingRemediesExperiment
                .Settings("spiral", null, 0, 3, 8, List.of(Activation.TANH), WeightInitChoice.NAIVE_NORMAL,
                List.of(WeightInitChoice.XAVIER), 1, 50, Optimizer.sgd(0.1), 0.5, 64, 1, 1));
        Supplier<Experiment<?, ?>> csv = () -> new CompareExperiment(new CompareExperiment.Settings(
                "csv:" + penguinsCopy(), DataOptions.defaults().withCsv(CsvOptions.DEFAULTS.withLabel("species")),
                List.of(4), List.of(Activation.TANH, Activation.GELU), 2, 1, 3, 20, Optimizer.adam(0.02), 0,
                WeightInitChoice.AUTO, 0.9));
        Supplier<Experiment<?, ?>> overfitting = () -> new OverfittingExperiment(new OverfittingExperiment.Settings(
                "moons", null, DataOptions.defaults().withNoise(0.3), 1, 16, Activation.RELU, 3, 50, Optimizer.adam(0.01), 1e-3, 0.5, 0.2, 2, 2, 1));
        return Stream.of(Arguments.of("xor", "xor", xor), Arguments.of("compare", "compare", compare),
                Arguments.of("vanishing", "vanishing", vanishing),
                Arguments.of("dead-relu", "dead-relu", deadRelu),
                Arguments.of("representation", "representation", representation),
                Arguments.of("curves", "curves", curves),
                Arguments.of("manual-forward", "manual-forward", manualForward),
                Arguments.of("outputs", "outputs", outputs),
                Arguments.of("vanishing-remedies", "vanishing-remedies", remedies),
                Arguments.of("compare on csv", "compare", csv),
                Arguments.of("overfitting", "overfitting", overfitting));
    }

    /** The shipped penguins file copied to an absolute path (the same file on every run of the test). */
    private static Path penguinsCopy() {
        Path copy = files.resolve("penguins.csv");
        try (var in = SweepEquivalenceTest.class.getClassLoader().getResourceAsStream("datasets/penguins.csv")) {
            if (!Files.exists(copy)) {
                Files.copy(java.util.Objects.requireNonNull(in, "datasets/penguins.csv on the class path"), copy);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy.toAbsolutePath();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiments")
    void sparkAndAnInterruptedThenResumedRunWriteTheSameSummaryAsALocalRun(String label, String name,
            Supplier<Experiment<?, ?>> experiment, @TempDir Path tmp) throws Exception {
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        Path resumed = tmp.resolve("resumed");
        run(experiment.get(), local, false, new LocalExecutor(2));
        run(experiment.get(), spark, false, new SparkExecutor("local[2]"));
        ExperimentResult<?> stopped = run(experiment.get(), resumed, false, stoppingAfter(2));
        assertTrue(stopped.interrupted());
        assertTrue(Files.exists(resumed.resolve(name).resolve("summary.partial.json")));
        assertFalse(Files.exists(resumed.resolve(name).resolve("summary.json")));
        ExperimentResult<?> finished = run(experiment.get(), resumed, true, new LocalExecutor(2));
        assertEquals(2, finished.provenance().cells().reused());

        JsonNode expected = numbers(local, name);
        assertEquals(expected, numbers(spark, name), "spark");
        assertEquals(expected, numbers(resumed, name), "resumed");
        assertTrue(Json.MAPPER.readTree(spark.resolve(name).resolve("summary.json").toFile()).get("provenance")
                .get("executor").asText().startsWith("spark, master local[2"));
    }

    private static ExperimentResult<?> run(Experiment<?, ?> experiment, Path out, boolean resume, SweepExecutor executor)
            throws Exception {
        CommonOptions common = new CommonOptions();
        common.out = out;
        common.quiet = true;
        common.resume = resume;
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return ExperimentRunner.run(experiment, common, sink, new StopSignal(), executor);
    }

    /** Trains on one thread and asks the sweep to stop once {@code n} cells finished: a Ctrl-C mid-run. */
    static SweepExecutor stoppingAfter(int n) {
        return new SweepExecutor() {
            @Override
            public List<CellResult> run(List<Cell> cells, Consumer<CellResult> onFinished, StopSignal stop) {
                AtomicInteger finished = new AtomicInteger();
                return new LocalExecutor(1).run(cells, r -> {
                    onFinished.accept(r);
                    if (finished.incrementAndGet() == n) {
                        stop.request();
                    }
                }, stop);
            }

            @Override
            public String describe() {
                return "local, stopping after " + n + " cells";
            }
        };
    }

    /** summary.json without wall times and without how the cells ran (executor, reused/trained counts). */
    static JsonNode numbers(Path out, String experiment) throws Exception {
        JsonNode summary = Json.MAPPER.readTree(out.resolve(experiment).resolve("summary.json").toFile());
        ((ObjectNode) summary.get("provenance")).remove(List.of("executor", "cells"));
        stripTiming(summary);
        return summary;
    }

    private static void stripTiming(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> timing = Stream.of(object.fieldNames()).flatMap(it -> {
                List<String> names = new java.util.ArrayList<>();
                it.forEachRemaining(names::add);
                return names.stream();
            }).filter(field -> field.contains("seconds")).toList();
            object.remove(timing);
        }
        node.forEach(SweepEquivalenceTest::stripTiming);
    }
}
