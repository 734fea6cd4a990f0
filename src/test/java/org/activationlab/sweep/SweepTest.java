package org.activationlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    private static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Activation a : List.of(Activation.TANH, Activation.RELU, Activation.SIGMOID)) {
            for (long seed = 1; seed <= 2; seed++) {
                NetworkSpec spec = NetworkSpec.input(2).hidden(4, a).output(OutputHead.binary())
                        .optimizer(Optimizer.adam(0.05)).seed(seed).build();
                cells.add(new Cell(a + " MLP", "xor-4", DataOptions.defaults(), spec, new TrainingSettings(30, 4, 10)));
            }
        }
        return cells;
    }

    private static List<List<EpochMetrics>> numbers(Sweep.Outcome outcome) {
        return outcome.results().stream().map(r -> r.history().withoutTiming().epochs()).toList();
    }

    private static Sweep.Outcome run(Sweep.Options options) {
        return Sweep.run(cells(), options, Progress.SILENT, "test");
    }

    @Test
    void parallelTrainingGivesTheSameNumbersAsSequential() {
        Sweep.Outcome sequential = run(Sweep.Options.local().withExecutor(new LocalExecutor(1)));
        Sweep.Outcome parallel = run(Sweep.Options.local().withExecutor(new LocalExecutor(2)));
        assertEquals(6, sequential.results().size());
        assertFalse(sequential.interrupted());
        assertEquals(numbers(sequential), numbers(parallel));
        assertEquals(cells().stream().map(Cell::id).toList(), parallel.results().stream().map(CellResult::cellId).toList(),
                "results come back in cell order");
    }

    @Test
    void cellIdDependsOnConfigurationNotLabel() {
        Cell a = cells().get(0);
        Cell relabelled = new Cell("another name", a.dataset(), a.data(), a.spec(), a.training());
        Cell reseeded = new Cell(a.label(), a.dataset(), a.data(), a.spec().withSeed(99), a.training());
        assertEquals(a.id(), relabelled.id());
        assertFalse(a.id().equals(reseeded.id()));
        assertEquals(24, a.id().length());
    }

    @Test
    void interruptedSweepKeepsFinishedCellsAndResumeCompletesIt(@TempDir Path dir) {
        CellStore store = new CellStore(dir);
        StopSignal stop = new StopSignal();
        AtomicInteger finished = new AtomicInteger();
        // Stop after the second finished cell, as Ctrl-C would.
        SweepExecutor stopping = new SweepExecutor() {
            private final LocalExecutor local = new LocalExecutor(1);

            @Override
            public List<CellResult> run(List<Cell> cells, java.util.function.Consumer<CellResult> onFinished, StopSignal s) {
                return local.run(cells, r -> {
                    onFinished.accept(r);
                    if (finished.incrementAndGet() == 2) {
                        s.request();
                    }
                }, s);
            }

            @Override
            public String describe() {
                return "stops after two cells";
            }
        };
        Sweep.Outcome partial = run(new Sweep.Options(stopping, store, false, stop));
        assertTrue(partial.interrupted());
        assertEquals(2, partial.results().size());

        Sweep.Outcome resumed = run(new Sweep.Options(new LocalExecutor(2), store, true, new StopSignal()));
        assertFalse(resumed.interrupted());
        assertEquals(2, resumed.reused());
        assertEquals(6, resumed.results().size());

        Sweep.Outcome uninterrupted = run(Sweep.Options.local());
        assertEquals(numbers(uninterrupted), numbers(resumed));
    }

    @Test
    void storedCellsRoundTripExactlyIncludingNaN(@TempDir Path dir) {
        Cell cell = cells().get(0);
        CellResult original = new CellTrainer().train(cell);
        assertTrue(Double.isNaN(original.last().testR2()), "classification has no R²");
        CellStore store = new CellStore(dir);
        store.save(original);
        CellResult loaded = store.load(cell).orElseThrow();
        assertEquals(original.history(), loaded.history());
        assertEquals(original.cell(), loaded.cell());
    }

    @Test
    void aFailingCellIsReportedNotFatal() {
        Cell good = cells().get(0);
        Cell bad = new Cell("wrong data", "no-such-set", DataOptions.defaults(), good.spec(), good.training());
        Sweep.Outcome outcome = Sweep.run(List.of(bad, good), Sweep.Options.local(), Progress.SILENT, "test");
        assertEquals(2, outcome.results().size());
        assertTrue(outcome.results().get(0).failed());
        assertTrue(outcome.results().get(0).error().contains("unknown dataset 'no-such-set'"), outcome.results().get(0).error());
        assertTrue(outcome.results().get(1).usable());
    }
}
