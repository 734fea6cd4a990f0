package org.activationlab.report;

import org.activationlab.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.ExperimentResult;

/**
 * Writes the report of a run into one folder, every file through a temporary file and a rename:
 *
 * <pre>
 * DIR/index.html                 claims table, one section per experiment, provenance
 * DIR/report.md                  the same in Markdown
 * DIR/&lt;experiment&gt;/summary.json   verdicts, results, provenance (see {@link ResultWriter})
 * DIR/&lt;experiment&gt;/runs.csv       one row per run
 * DIR/&lt;experiment&gt;/&lt;figure&gt;.png   the charts
 * </pre>
 *
 * The report is rendered from the results alone; links are relative, so the folder opens offline.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes everything and returns the path of {@code index.html}. */
    public static Path write(List<ExperimentResult<?>> results, Path dir) throws IOException {
        for (ExperimentResult<?> result : results) {
            ResultWriter.write(result, dir);
        }
        return writeReport(results, dir);
    }

    /**
     * Writes the charts, {@code index.html} and {@code report.md} for results whose JSON and CSV are
     * already in {@code dir} (the CLI writes each experiment's as soon as it finishes).
     */
    public static Path writeReport(List<ExperimentResult<?>> results, Path dir) throws IOException {
        List<ChartFile> charts = new ArrayList<>();
        for (ExperimentResult<?> result : results) {
            charts.addAll(ChartFile.writeAll(result, dir, charts.size() + 1));
        }
        ReportContent content = new ReportContent(results, ClaimsTable.rows(results), charts, Instant.now());
        Path index = dir.resolve("index.html");
        AtomicFiles.writeString(dir.resolve("report.md"), MarkdownReport.render(content));
        AtomicFiles.writeString(index, HtmlReport.render(content));
        return index;
    }
}
