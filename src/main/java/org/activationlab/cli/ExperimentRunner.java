package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Progress;
import org.activationlab.report.ResultWriter;

/** Runs one experiment for a command: progress on stderr, table and verdicts on stdout, files under --out. */
final class ExperimentRunner {
    private ExperimentRunner() {
    }

    static ExperimentResult run(Experiment<?> experiment, CommonOptions common, PrintStream out) throws IOException {
        if (common.out != null) {
            checkWritableDir(common.out);
        }
        Progress progress = common.quiet ? Progress.SILENT : new ConsoleProgress();
        ExperimentResult result = experiment.withProgress(progress).run();
        out.println();
        out.println("== " + result.experiment() + ": " + result.description());
        out.print(result.table().render());
        for (ClaimVerdict v : result.claims()) {
            out.println(v.claim() + " [" + v.verdict() + "] " + v.evidence());
        }
        if (common.out != null) {
            Path dir = ResultWriter.write(result, common.out);
            out.println("results: " + dir.resolve("summary.json"));
        }
        out.printf("(%.1f s)%n", result.wallSeconds());
        return result;
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
        if (existing == null || !Files.isWritable(existing) || !Files.isDirectory(existing)) {
            throw new UserError("--out " + dir + " cannot be created (" + existing + " is not a writable directory): "
                    + "choose a writable location");
        }
    }
}
