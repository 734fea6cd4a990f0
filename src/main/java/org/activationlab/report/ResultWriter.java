package org.activationlab.report;

import org.activationlab.io.AtomicFiles;
import org.activationlab.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import org.activationlab.experiment.ExperimentResult;

/**
 * Writes an experiment's {@code summary.json} and {@code runs.csv} into {@code out/<experiment>/},
 * each through a temporary file and a rename.
 *
 * <p>An interrupted experiment writes {@code summary.partial.json} and {@code runs.partial.csv}
 * instead, so it never replaces the results of an earlier complete run.
 */
public final class ResultWriter {
    private ResultWriter() {
    }

    /** {@code summary.json}, or {@code summary.partial.json} for an interrupted experiment. */
    public static String summaryFile(ExperimentResult result) {
        return result.interrupted() ? "summary.partial.json" : "summary.json";
    }

    /** {@code runs.csv}, or {@code runs.partial.csv} for an interrupted experiment. */
    public static String runsFile(ExperimentResult result) {
        return result.interrupted() ? "runs.partial.csv" : "runs.csv";
    }

    /** Returns the experiment's directory. */
    public static Path write(ExperimentResult result, Path out) throws IOException {
        Path dir = out.resolve(result.experiment());
        AtomicFiles.write(dir.resolve(summaryFile(result)), o -> Json.MAPPER.writeValue(o, result));
        if (!result.runs().isEmpty()) {
            Class<?> rowType = result.runs().get(0).getClass();
            var writer = Json.CSV.writerFor(rowType).with(Json.csvSchema(rowType));
            AtomicFiles.write(dir.resolve(runsFile(result)), o -> writer.writeValues(o).writeAll(result.runs()).close());
        }
        return dir;
    }
}
