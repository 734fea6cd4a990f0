package org.activationlab.experiment;

import java.util.List;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellCounts;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.Progress;
import org.activationlab.sweep.Sweep;

/**
 * The shared shape of every experiment: it declares its trainings as {@link Cell}s, the base trains
 * them through the configured sweep, and the experiment summarises the finished cells into its typed
 * result record.
 *
 * <p>A subclass implements two hooks:
 * <ol>
 *   <li>{@link #cells()}: every training from the settings alone, each a plain value (data name and
 *       parameters, network spec with its seed, training settings, and the {@code Probe}s to measure
 *       inside it). The base trains them on local threads in parallel, on Spark, or reuses them from the
 *       {@code --resume} store, and stops early on Ctrl-C.</li>
 *   <li>{@link #summarise(List)}: the finished cells, in the declared order (failed ones included, so
 *       their absence can be reported), into the result record {@code F}: verdicts, summary rows,
 *       figures, table and CSV rows. It must not print, and must judge a claim
 *       {@link Verdict#INCONCLUSIVE} when too few usable runs remain.</li>
 * </ol>
 * The base adds wall time and {@link Provenance}: the settings record, the environment, the executor
 * that really trained cells and how many were reused, trained and failed.
 *
 * @param <S> the experiment's settings record
 * @param <F> the experiment's result record
 */
public abstract class Experiment<S, F extends Findings> {
    private final String name;
    private final String description;
    private final List<Claim> claims;
    protected final S settings;
    private Progress progress = Progress.SILENT;
    private Sweep.Options sweepOptions;

    protected Experiment(String name, String description, List<Claim> claims, S settings) {
        this.name = name;
        this.description = description;
        this.claims = List.copyOf(claims);
        this.settings = settings;
    }

    /** Every training of this experiment, from its settings alone, in a fixed order. */
    protected abstract List<Cell> cells();

    /** Turns the finished cells (in {@link #cells()} order; some may have failed) into the result record. */
    protected abstract F summarise(List<CellResult> results);

    /** Trains the cells, summarises them, and wraps the findings with timing and provenance. */
    public final ExperimentResult<F> run() {
        long t0 = System.nanoTime();
        List<Cell> cells = cells();
        Sweep.Outcome sweep = cells.isEmpty() ? new Sweep.Outcome(List.of(), false, CellCounts.none(), null)
                : Sweep.run(cells, sweepOptions(), progress, name);
        F findings = summarise(sweep.results());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Provenance provenance = new Provenance(settings, Provenance.Environment.current(), sweep.executor(),
                sweep.counts());
        return new ExperimentResult<>(name, description, provenance, findings, seconds, sweep.interrupted());
    }

    /** How cells are trained: local threads by default; the CLI sets a store (resume) and Ctrl-C handling. */
    public Experiment<S, F> withSweep(Sweep.Options options) {
        this.sweepOptions = options;
        return this;
    }

    private Sweep.Options sweepOptions() {
        if (sweepOptions == null) {
            sweepOptions = Sweep.Options.local();
        }
        return sweepOptions;
    }

    /** Sends progress to {@code sink} (e.g. a progress bar); silent by default. */
    public Experiment<S, F> withProgress(Progress sink) {
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
