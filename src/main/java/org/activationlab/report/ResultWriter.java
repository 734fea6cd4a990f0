package org.activationlab.report;

import org.activationlab.io.AtomicFiles;
import org.activationlab.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.ExperimentResult;

/**
 * Writes an experiment's {@code summary.json} and {@code runs.csv} into {@code out/<experiment>/},
 * each through a temporary file and a rename.
 *
 * <p>An incomplete experiment (interrupted, or with failed cells) writes {@code summary.partial.json}
 * and {@code runs.partial.csv} instead, so it never replaces the results of an earlier complete run.
 */
public final class ResultWriter {
    private ResultWriter() {
    }

    /** {@code summary.json}, or {@code summary.partial.json} for an incomplete experiment. */
    public static String summaryFile(ExperimentResult<?> result) {
        return result.complete() ? "summary.json" : "summary.partial.json";
    }

    /** {@code runs.csv}, or {@code runs.partial.csv} for an incomplete experiment. */
    public static String runsFile(ExperimentResult<?> result) {
        return result.complete() ? "runs.csv" : "runs.partial.csv";
    }

    /** Returns the experiment's directory. */
    public static Path write(ExperimentResult<?> result, Path out) throws IOException {
        Path dir = out.resolve(result.experiment());
        AtomicFiles.write(dir.resolve(summaryFile(result)), o -> Json.MAPPER.writeValue(o, result));
        CsvRows<?> csv = result.csv();
        if (!csv.isEmpty()) {
            var writer = Json.CSV.writerFor(csv.type()).with(Json.csvSchema(csv.type()));
            AtomicFiles.write(dir.resolve(runsFile(result)), o -> writer.writeValues(o).writeAll(csv.rows()).close());
        }
        return dir;
    }
}
