package org.activationlab.sweep;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.activationlab.train.ParallelRuns;

/**
 * Trains cells on this machine, several at once on Java threads ({@link ParallelRuns}).
 *
 * <p>Small networks cannot keep two cores busy with one training (each ND4J op has a fixed cost), so
 * independent trainings in parallel, one OpenMP thread each, are the fast way to run a sweep. Each
 * cell's numbers do not depend on which thread ran it.
 */
public final class LocalExecutor implements SweepExecutor {
    private final int threads;

    public LocalExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, received " + threads);
        }
        this.threads = threads;
    }

    /** As many trainings at once as {@link ParallelRuns#defaultThreads()}: cores ÷ OpenMP threads. */
    public static LocalExecutor forThisMachine() {
        return new LocalExecutor(ParallelRuns.defaultThreads());
    }

    @Override
    public List<CellResult> run(List<Cell> cells, Consumer<CellResult> onFinished, StopSignal stop) {
        CellTrainer trainer = new CellTrainer();
        List<Callable<CellResult>> tasks = cells.stream().<Callable<CellResult>>map(cell -> () -> {
            if (stop.requested()) {
                return null; // stopped before this cell started: it stays to do
            }
            CellResult result = trainer.train(cell);
            onFinished.accept(result);
            return result;
        }).toList();
        return ParallelRuns.map(tasks, threads).stream().filter(Objects::nonNull).toList();
    }

    @Override
    public String describe() {
        return "local, " + threads + (threads == 1 ? " thread" : " threads");
    }
}
