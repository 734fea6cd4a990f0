package org.activationlab.sweep;

import java.util.List;

/**
 * What a sweep did with its cells: for provenance, and for telling the user when cells failed.
 *
 * @param total    cells the experiment declared
 * @param reused   taken finished from the {@code --resume} store
 * @param trained  trained in this run (failed ones included)
 * @param failed   cells whose training threw; they count in no statistic and are retried on resume
 * @param failures the first few distinct failure messages, each with the cell it came from
 */
public record CellCounts(int total, int reused, int trained, int failed, List<String> failures) {
    /** Distinct failure messages kept: enough to see the cause, not a wall of repeats. */
    public static final int FAILURES_SHOWN = 3;

    public CellCounts {
        failures = List.copyOf(failures);
    }

    /** Nothing declared, nothing trained: an experiment that measures without training. */
    public static CellCounts none() {
        return new CellCounts(0, 0, 0, 0, List.of());
    }

    /** Counts of a sweep whose {@code trained} results include the failed cells. */
    static CellCounts of(int total, int reused, List<CellResult> trained) {
        List<CellResult> failed = trained.stream().filter(CellResult::failed).toList();
        List<String> distinct = failed.stream().map(CellResult::error).distinct().limit(FAILURES_SHOWN)
                .map(error -> failed.stream().filter(r -> r.error().equals(error)).findFirst().orElseThrow().cell()
                        + ": " + error)
                .toList();
        return new CellCounts(total, reused, trained.size(), failed.size(), distinct);
    }
}
