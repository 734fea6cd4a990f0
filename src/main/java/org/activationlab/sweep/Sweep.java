package org.activationlab.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a list of cells: reuses finished ones from the store ({@code --resume}), trains the rest with the
 * executor, saves each as it finishes, and stops early (keeping what finished) when asked.
 */
public final class Sweep {

    /**
     * Where and how a sweep runs.
     *
     * @param executor trains the cells
     * @param store    finished cells on disk (null: keep nothing)
     * @param resume   reuse cells already in the store
     * @param stop     stop request (Ctrl-C)
     */
    public record Options(SweepExecutor executor, CellStore store, boolean resume, StopSignal stop) {
        public static Options local() {
            return new Options(LocalExecutor.forThisMachine(), null, false, new StopSignal());
        }

        public Options withExecutor(SweepExecutor e) {
            return new Options(e, store, resume, stop);
        }

        public Options withStore(CellStore s, boolean resumeFromIt) {
            return new Options(executor, s, resumeFromIt, stop);
        }

        public Options withStop(StopSignal signal) {
            return new Options(executor, store, resume, signal);
        }
    }

    /**
     * @param results     finished cells (failed ones included), in the order of the cells given; cells
     *                    not reached before a stop are left out
     * @param interrupted true when the sweep stopped before every cell finished
     * @param counts      cells declared, reused, trained and failed
     * @param executor    what trained the cells ({@link SweepExecutor#describe()}), or null when none was trained
     */
    public record Outcome(List<CellResult> results, boolean interrupted, CellCounts counts, String executor) {
        /** Cells taken from the store instead of trained. */
        public int reused() {
            return counts.reused();
        }
    }

    private Sweep() {
    }

    public static Outcome run(List<Cell> cells, Options options, Progress progress, String task) {
        Map<String, CellResult> done = new HashMap<>();
        List<Cell> todo = new ArrayList<>();
        for (Cell cell : cells) {
            var stored = options.resume() && options.store() != null ? options.store().load(cell) : java.util.Optional.<CellResult>empty();
            stored.ifPresentOrElse(r -> done.put(cell.id(), r), () -> todo.add(cell));
        }
        int reused = done.size();
        progress.start(task, cells.size());
        for (int i = 0; i < reused; i++) {
            progress.step();
        }
        List<CellResult> trained = options.executor().run(todo, result -> {
            if (options.store() != null) {
                options.store().save(result);
            }
            progress.step();
        }, options.stop());
        progress.done();
        trained.forEach(r -> done.put(r.cellId(), r));
        List<CellResult> ordered = new ArrayList<>();
        for (Cell cell : cells) {
            CellResult r = done.get(cell.id());
            if (r != null) {
                ordered.add(r);
            }
        }
        return new Outcome(ordered, ordered.size() < cells.size(), CellCounts.of(cells.size(), reused, trained),
                trained.isEmpty() ? null : options.executor().describe());
    }
}
