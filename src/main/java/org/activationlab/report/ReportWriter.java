package org.activationlab.report;

import org.activationlab.io.AtomicFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
     * already in {@code dir} (the CLI writes each experiment's as soon as it finishes). The pages are
     * written only once every chart is.
     */
    public static Path writeReport(List<ExperimentResult<?>> results, Path dir) throws IOException {
        List<ChartFile> charts = new ArrayList<>();
        for (ExperimentResult<?> result : results) {
            charts.addAll(ChartFile.planned(result, charts.size() + 1));
        }
        ExecutorService drawing = Executors.newFixedThreadPool(Math.max(1, Math.min(charts.size(), DRAWING_THREADS)),
                ReportWriter::drawingThread);
        try {
            List<Future<?>> drawn = new ArrayList<>();
            for (ChartFile chart : charts) {
                drawn.add(drawing.submit(() -> {
                    chart.write(dir);
                    return null;
                }));
            }
            // the pages need only the charts' names: rendered while the charts are drawn
            ReportContent content = new ReportContent(results, ClaimsTable.rows(results), charts, Instant.now());
            String markdown = MarkdownReport.render(content);
            String html = HtmlReport.render(content);
            for (Future<?> chart : drawn) {
                finish(chart);
            }
            Path index = dir.resolve("index.html");
            AtomicFiles.writeString(dir.resolve("report.md"), markdown);
            AtomicFiles.writeString(index, html);
            return index;
        } finally {
            drawing.shutdownNow();
        }
    }

    /**
     * Threads that draw charts: one per core, and at least two, so that a single-core machine's pages are
     * rendered while its one chart thread draws. The cores that trained are free again at this point.
     */
    private static final int DRAWING_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static Thread drawingThread(Runnable task) {
        Thread thread = new Thread(task, "report-charts");
        thread.setDaemon(true);
        return thread;
    }

    /** Waits for one chart; its failure is the report's. */
    private static void finish(Future<?> chart) throws IOException {
        try {
            chart.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the report's charts were drawn");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
