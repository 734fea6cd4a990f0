package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every notebook in {@code notebooks/} through Jupyter's own client in the rapaio kernel the build
 * resolved, at a quick size, and checks that the committed copy runs there and shows what it draws.
 */
class NotebooksTest {
    static final Path DIR = Path.of("notebooks");

    /** Small runs: the notebooks read these with Integer.getInteger(name, articleSizedDefault). */
    static final Map<String, String> QUICK = Map.of("MAX_EPOCH", "2", "SEEDS", "2", "EXAMPLES", "600");

    /** A quick-size cell that has not finished in this long is stuck. */
    static final int CELL_TIMEOUT_SECONDS = 600;

    private static JupyterExecution jupyter;

    @BeforeAll
    static void kernel() throws Exception {
        jupyter = new JupyterExecution(KernelSpec.fromBuild(QUICK), JupyterExecution.defaultPython());
    }

    @AfterAll
    static void shutdown() throws Exception {
        jupyter.close();
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsInJupyter() {
        List<Path> files = NotebookRunner.notebooksIn(DIR);
        assertTrue(files.size() >= 5, "expected the article's notebooks in " + DIR.toAbsolutePath() + ", found " + files);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            JsonNode committed = NotebookChecks.read(file);
            NotebookChecks.checkShape(name, committed);
            NotebookReport report = jupyter.run(file, null, CELL_TIMEOUT_SECONDS);
            System.out.printf(Locale.ROOT, "%s: %.1f s in Jupyter, kernel start %.1f s (try %d)%n", name,
                    report.seconds(), report.kernelStartSeconds() == null ? Double.NaN : report.kernelStartSeconds(),
                    report.kernelTries());
            // a start that failed and was tried again passes, but says why, so that a pattern can be seen
            report.kernelStartErrors().forEach(e -> System.out.println("  kernel start " + e));
            NotebookChecks.checkRun(name, committed, report);
        }));
    }
}
