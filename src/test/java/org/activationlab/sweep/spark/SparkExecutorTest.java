package org.activationlab.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationlab.data.DataOptions;
import org.activationlab.sweep.Progress;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.io.Json;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.LocalExecutor;
import org.activationlab.sweep.StopSignal;
import org.activationlab.sweep.Sweep;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.TrainingHistory;
import org.activationlab.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkExecutorTest {
    private static final SparkExecutor SPARK = new SparkExecutor("local[2]");

    /** 2 activations × 2 seeds on a small Playground circle, data seeded per cell. */
    private static List<Cell> circleCells() {
        List<Cell> cells = new ArrayList<>();
        for (Activation a : List.of(Activation.TANH, Activation.RELU)) {
            for (long seed = 1; seed <= 2; seed++) {
                NetworkSpec spec = NetworkSpec.input(2).hidden(6, a).output(OutputHead.binary())
                        .optimizer(Optimizer.adam(0.03)).seed(seed).build();
                DataOptions data = DataOptions.defaults().withPoints(120).withNoise(0.1).withSeed(seed);
                cells.add(new Cell(a + " MLP", "circle", data, spec, new TrainingSettings(8, 10, 2)));
            }
        }
        return cells;
    }

    /** Each result as JSON without wall times: what must match between executors. */
    private static List<String> numbers(Sweep.Outcome outcome) throws JsonProcessingException {
        List<String> json = new ArrayList<>();
        for (CellResult r : outcome.results()) {
            json.add(Json.CANONICAL.writeValueAsString(new CellResult(r.cellId(), r.cell(), r.history().withoutTiming(),
                    r.measurements(), r.error())));
        }
        return json;
    }

    @Test
    void sparkGivesTheSameNumbersAsLocal() throws Exception {
        List<Cell> cells = circleCells();
        Sweep.Outcome local = Sweep.run(cells, Sweep.Options.local().withExecutor(new LocalExecutor(1)),
                Progress.SILENT, "local");
        AtomicInteger steps = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void step() {
                steps.incrementAndGet();
            }

            @Override
            public void done() {
            }
        };
        Sweep.Outcome spark = Sweep.run(cells, Sweep.Options.local().withExecutor(SPARK), counting, "spark");
        assertFalse(spark.interrupted());
        assertEquals(4, spark.results().size());
        assertEquals(4, steps.get(), "progress moved once per finished cell, on the driver");
        assertTrue(spark.results().stream().allMatch(CellResult::usable));
        assertEquals(5, spark.results().get(0).history().epochs().size(), "epochs 0, 2, 4, 6, 8");
        assertEquals(numbers(local), numbers(spark));
        assertTrue(SPARK.describe().contains("local[2,2]"), SPARK.describe());
    }

    @Test
    void failingCellsCarryTheLocalMessageAndTheRestFinishes(@TempDir Path empty) {
        Cell good = circleCells().get(0);
        Cell unknown = new Cell("wrong name", "no-such-set", DataOptions.defaults(), good.spec(), good.training());
        NetworkSpec images = NetworkSpec.input(784).hidden(8, Activation.RELU).output(OutputHead.multiClass(10))
                .optimizer(Optimizer.adam(0.01)).seed(1).build();
        Cell missingFiles = new Cell("no IDX files", "fashion-mnist", DataOptions.defaults().withDataDir(empty)
                .withLimit(100), images, good.training());
        List<Cell> cells = List.of(unknown, good, missingFiles);

        List<CellResult> local = Sweep.run(cells, Sweep.Options.local(), Progress.SILENT, "local").results();
        List<CellResult> spark = Sweep.run(cells, Sweep.Options.local().withExecutor(SPARK), Progress.SILENT,
                "spark").results();
        assertEquals(3, spark.size());
        assertTrue(spark.get(0).error().contains("unknown dataset 'no-such-set'"), spark.get(0).error());
        assertTrue(spark.get(2).error().contains(empty.toString()), spark.get(2).error());
        assertEquals(local.get(0).error(), spark.get(0).error());
        assertEquals(local.get(2).error(), spark.get(2).error());
        assertTrue(spark.get(1).usable());
    }

    @Test
    void aFailingCellIsTriedTwiceAndAFlakyOneRecovers() {
        Cell cell = circleCells().get(0);
        AtomicInteger calls = new AtomicInteger();
        CellResult failedTwice = CellTask.trainTwice(cell, c -> {
            calls.incrementAndGet();
            return CellResult.failure(c, "boom");
        });
        assertEquals(2, calls.get());
        assertEquals("boom", failedTwice.error());

        AtomicInteger flakyCalls = new AtomicInteger();
        CellResult recovered = CellTask.trainTwice(cell, c -> flakyCalls.incrementAndGet() == 1
                ? CellResult.failure(c, "transient")
                : new CellResult(c.id(), c, new TrainingHistory(List.of(new EpochMetrics(0, 1, 1, 0.5, 0.25, Double.NaN,
                0)), -1), List.of(), null));
        assertEquals(2, flakyCalls.get());
        assertTrue(recovered.usable());
    }

    @Test
    void whenSparkGivesUpOnADyingTaskTheUnfinishedCellsComeBackFailed() {
        // This task dies (as on a lost executor) for the cell on "no-such-set", on every attempt.
        SparkExecutor dying = new SparkExecutor("local[2]", (shipped, sweepId) -> {
            if (shipped.stream().anyMatch(json -> json.contains("no-such-set"))) {
                throw new IllegalStateException("executor lost");
            }
            return CellTask.train(shipped, sweepId);
        });
        Cell good = circleCells().get(0);
        Cell doomed = new Cell("dies", "no-such-set", DataOptions.defaults(), good.spec(), good.training());
        List<CellResult> finished = new ArrayList<>();
        List<CellResult> results = dying.run(List.of(good, doomed), finished::add, new StopSignal());

        assertEquals(2, results.size(), "every cell comes back, finished or failed");
        assertEquals(results, finished, "each one passed to onFinished, so the store keeps it for --resume");
        CellResult lost = results.stream().filter(r -> r.cell().equals(doomed)).findFirst().orElseThrow();
        assertTrue(lost.error().startsWith("Spark gave up on the sweep's job"), lost.error());
        assertTrue(lost.error().contains("failed 2 times") && lost.error().contains("executor lost"), lost.error());
        for (CellResult r : results) {
            assertTrue(r.usable() || r.error().equals(lost.error()), "finished, or failed with the job's reason");
        }
    }

    @Test
    void aStopRequestCancelsTheRestAndKeepsWhatFinished() {
        List<Cell> cells = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            for (Cell c : circleCells()) {
                String label = cells.isEmpty() ? "first" : c.label();
                cells.add(new Cell(label, c.dataset(), c.data(), c.spec().withSeed(10 * seed + c.seed()), c.training()));
            }
        }
        // Every cell but the first takes 3 s longer, so the stop (after the first result) comes while they run.
        SparkExecutor slowAfterFirst = new SparkExecutor("local[2]", (shipped, sweepId) -> {
            if (shipped.stream().noneMatch(json -> json.contains("\"first\""))) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return CellTask.train(shipped, sweepId);
        });
        StopSignal stop = new StopSignal();
        List<CellResult> finished = new ArrayList<>();
        List<CellResult> results = slowAfterFirst.run(cells, r -> {
            finished.add(r);
            stop.request(); // as Ctrl-C would, right after the first cell
        }, stop);
        assertEquals(finished, results);
        assertTrue(results.size() >= 1 && results.size() < cells.size(), results.size() + " of " + cells.size());
        assertEquals("first", results.get(0).cell().label());
        assertTrue(results.stream().allMatch(CellResult::usable));
    }

    @Test
    void aStoppedSweepSubmitsNothing() {
        StopSignal stop = new StopSignal();
        stop.request();
        List<CellResult> results = SPARK.run(circleCells(), r -> {
            throw new AssertionError("nothing should finish");
        }, stop);
        assertTrue(results.isEmpty());
    }

    @Test
    void localMastersGetTaskRetries() {
        assertEquals("local[2,2]", SparkExecutor.withTaskRetries("local[2]"));
        assertEquals("local[*,2]", SparkExecutor.withTaskRetries("local[*]"));
        assertEquals("local[1,2]", SparkExecutor.withTaskRetries("local"));
        assertEquals("local[4,3]", SparkExecutor.withTaskRetries("local[4,3]"));
        assertEquals("spark://host:7077", SparkExecutor.withTaskRetries("spark://host:7077"));
    }
}
