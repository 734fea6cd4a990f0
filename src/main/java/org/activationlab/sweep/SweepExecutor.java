package org.activationlab.sweep;

import java.util.List;
import java.util.function.Consumer;

/** Trains a list of independent cells somewhere (this JVM's threads, or a cluster). */
public interface SweepExecutor {

    /**
     * Trains {@code cells}, calling {@code onFinished} as each completes (from any thread), and
     * stops starting new cells once {@code stop} is requested. Returns the finished results in any order.
     */
    List<CellResult> run(List<Cell> cells, Consumer<CellResult> onFinished, StopSignal stop);

    /** A short description for provenance, e.g. "local, 2 threads". */
    String describe();
}
