package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Findings;
import org.activationlab.report.ReportWriter;
import org.activationlab.report.ResultWriter;
import org.activationlab.sweep.CellStore;
import org.activationlab.sweep.Progress;
import org.activationlab.sweep.StopSignal;
import org.activationlab.sweep.Sweep;
import org.activationlab.sweep.SweepExecutor;

/** Runs one experiment for a command: progress on stderr, table and verdicts on stdout, files (and report) under --out. */
final class ExperimentRunner {
    /** Exit code of a run in which some cells failed: its results are partial (README "Exit codes"). */
    static final int CELLS_FAILED = 3;

    private ExperimentRunner() {
    }

    /** 0, or {@link #CELLS_FAILED} when some cells failed (their verdicts may be inconclusive). */
    static int exitCode(ExperimentResult<?> result) {
        return result.failedCells() > 0 ? CELLS_FAILED : 0;
    }

    /** Runs one experiment for a single command, printing to stdout; returns its {@link #exitCode}. */
    static int execute(Experiment<?, ?> experiment, CommonOptions common) throws IOException {
        return exitCode(run(experiment, common, System.out));
    }

    /**
     * Runs one experiment with its own Ctrl-C handling (a single command); with --out, also writes its report
     * page and charts, drawn as {@code all} draws them.
     */
    static <F extends Findings> ExperimentResult<F> run(Experiment<?, F> experiment, CommonOptions common, PrintStream out)
            throws IOException {
        ExperimentResult<F> result;
        try (Interrupts interrupts = Interrupts.install()) {
            result = run(experiment, common, out, interrupts.signal());
        }
        if (common.out != null) {
            out.println("report: " + ReportWriter.writeReport(List.of(result), common.out).toAbsolutePath());
        }
        return result;
    }

    /** Runs one experiment of several sharing {@code stop} (the {@code all} command). */
    static <F extends Findings> ExperimentResult<F> run(Experiment<?, F> experiment, CommonOptions common, PrintStream out,
                                                     StopSignal stop) throws IOException {
        checkOptions(common);
        return run(experiment, common, out, stop, ExecutorChoice.of(common));
    }

    /** Runs one experiment on {@code executor} (tests pass one that fails). */
    static <F extends Findings> ExperimentResult<F> run(Experiment<?, F> experiment, CommonOptions common, PrintStream out,
                                                     StopSignal stop, SweepExecutor executor) throws IOException {
        Sweep.Options sweep = Sweep.Options.local().withStop(stop).withExecutor(executor);
        if (common.out != null) {
            sweep = sweep.withStore(new CellStore(common.out.resolve(experiment.name()).resolve("cells")), common.resume);
        }
        Progress progress = common.quiet ? Progress.SILENT : new ConsoleProgress();
        ExperimentResult<F> result = experiment.withProgress(progress).withSweep(sweep).run();
        print(result, out);
        fallbackNote(result).ifPresent(out::println);
        if (common.out != null) {
            Path dir = ResultWriter.write(result, common.out);
            out.println("results: " + dir.resolve(ResultWriter.summaryFile(result)));
        }
        if (result.failedCells() > 0) {
            out.println("failed: " + result.failedCells() + " of " + result.provenance().cells().total()
                    + " cells (see above); the results are partial"
                    + (common.out != null ? ", the finished cells are kept: fix the cause and run the same command "
                    + "with --resume to train only the failed ones" : ""));
        }
        if (result.interrupted()) {
            out.println("interrupted: the table covers only the finished trainings"
                    + (common.out != null ? "; run the same command with --resume to finish" : ""));
        }
        return result;
    }

    private static void print(ExperimentResult<?> result, PrintStream out) {
        out.print(result.asText());
    }

    /**
     * "data: …" when the experiment's preferred set could not be read and it ran on its fallback: the table
     * names the set it ran on, this line says why and how to get the preferred one (summary.json has it too).
     */
    static Optional<String> fallbackNote(ExperimentResult<?> result) {
        if (result.details() instanceof Map<?, ?> details && details.get("fallback_reason") instanceof String reason) {
            return Optional.of("data: ran on " + details.get("dataset") + " instead of the preferred set, because " + reason);
        }
        return Optional.empty();
    }

    private static void checkOptions(CommonOptions common) {
        if (common.resume && common.out == null) {
            throw new UserError("--resume needs --out DIR: the directory of the run to resume");
        }
        if (common.threads != null && common.threads < 1) {
            throw new UserError("--threads: expected at least 1, received " + common.threads);
        }
        if (common.out != null) {
            checkWritableDir(common.out);
        }
    }

    /** Fails before any training when --out cannot be used, naming the fix. */
    static void checkWritableDir(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("--out " + dir + " is a file, not a directory: choose a directory path");
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new UserError("--out " + dir + " cannot be created (" + existing + " is not a writable directory): "
                    + "choose a writable location");
        }
    }
}
