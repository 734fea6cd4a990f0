package org.activationlab.experiment;

import org.activationlab.sweep.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.Sweep;

/**
 * The shared shape of every experiment: name, claims tested, settings, timing and provenance.
 *
 * <p>A subclass implements {@link #execute} (train, measure, decide verdicts) and returns an
 * {@link Outcome}; the base adds wall time and provenance (the settings record plus the
 * environment), so every number in a result can be reproduced.
 *
 * @param <S> the experiment's settings record
 */
public abstract class Experiment<S> {
    private final String name;
    private final String description;
    private final List<Claim> claims;
    protected final S settings;
    private Progress progress = Progress.SILENT;
    private Sweep.Options sweepOptions;
    private boolean interrupted;

    protected Experiment(String name, String description, List<Claim> claims, S settings) {
        this.name = name;
        this.description = description;
        this.claims = List.copyOf(claims);
        this.settings = settings;
    }

    /** What one run of {@link #execute} produces. */
    public record Outcome(List<ClaimVerdict> verdicts, List<?> results, List<?> runs, Map<String, Object> details,
                          List<Figure> figures, Table table) {
    }

    /** Runs the experiment and wraps its outcome with timing and provenance. */
    public final ExperimentResult run() {
        interrupted = false; // a second run() of the same instance starts clean
        long t0 = System.nanoTime();
        Outcome outcome = execute(progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("settings", settings);
        provenance.put("environment", Provenance.environment());
        if (sweepOptions != null) {
            provenance.put("executor", sweepOptions.executor().describe());
        }
        return new ExperimentResult(name, description, outcome.verdicts(), provenance, outcome.results(),
                outcome.runs(), outcome.details(), outcome.figures(), outcome.table(), seconds, interrupted);
    }

    /**
     * Trains independent cells through the configured sweep (parallel, resumable, stoppable) and
     * returns the finished ones in cell order. An interrupted sweep marks the result as interrupted.
     */
    protected final List<CellResult> sweep(List<Cell> cells, Progress progress) {
        Sweep.Outcome outcome = Sweep.run(cells, sweepOptions(), progress, name);
        interrupted |= outcome.interrupted();
        return outcome.results();
    }

    /** How cells are trained: local threads by default; the CLI sets a store (resume) and Ctrl-C handling. */
    public Experiment<S> withSweep(Sweep.Options options) {
        this.sweepOptions = options;
        return this;
    }

    private Sweep.Options sweepOptions() {
        if (sweepOptions == null) {
            sweepOptions = Sweep.Options.local();
        }
        return sweepOptions;
    }

    /** Trains, measures and judges; must not print or exit. */
    protected abstract Outcome execute(Progress progress);

    /** Sends progress to {@code sink} (e.g. a progress bar); silent by default. */
    public Experiment<S> withProgress(Progress sink) {
        this.progress = sink;
        return this;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Claim> claims() {
        return claims;
    }

    public S settings() {
        return settings;
    }
}
