package org.activationlab.report;

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

    /** Returns the experiment's directory. */
    public static Path write(ExperimentResult result, Path out) throws IOException {
        Path dir = out.resolve(result.experiment());
        String suffix = result.interrupted() ? ".partial" : "";
        AtomicFiles.write(dir.resolve("summary" + suffix + ".json"), o -> Json.MAPPER.writeValue(o, result));
        if (!result.runs().isEmpty()) {
            Class<?> rowType = result.runs().get(0).getClass();
            var writer = Json.CSV.writerFor(rowType).with(Json.csvSchema(rowType));
            AtomicFiles.write(dir.resolve("runs" + suffix + ".csv"), o -> writer.writeValues(o).writeAll(result.runs()).close());
        }
        return dir;
    }
}
