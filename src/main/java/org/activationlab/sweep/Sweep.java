package org.activationlab.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Datasets;

/**
 * Runs a list of cells: reuses finished ones from the store ({@code --resume}), trains the rest with the
 * executor, saves each as it finishes, and stops early (keeping what finished) when asked.
 *
 * <p>Every sweep ties its cells to the files they read first ({@link #pinned}), so a cell on
 * {@code csv:PATH} is identified by the file's contents however the cell was built (CLI, library, notebook).
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

    public static Outcome run(List<Cell> declared, Options options, Progress progress, String task) {
        List<Cell> cells = pinned(declared);
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

    /**
     * {@code cells} with their data options pinned to the contents of their CSV files ({@link Datasets#pin}):
     * a changed file changes the cell ids, so {@code --resume} retrains instead of reusing, and loading
     * refuses a file that changes during the sweep. Each distinct dataset is hashed once; other cells are
     * returned as they are.
     */
    static List<Cell> pinned(List<Cell> cells) {
        Map<List<Object>, DataOptions> pins = new HashMap<>();
        return cells.stream().map(c -> {
            DataOptions data = pins.computeIfAbsent(java.util.Arrays.asList(c.dataset(), c.data()),
                    k -> Datasets.pin(c.dataset(), c.data()));
            return data.equals(c.data()) ? c : new Cell(c.label(), c.dataset(), data, c.spec(), c.training(),
                    c.probes());
        }).toList();
    }
}
