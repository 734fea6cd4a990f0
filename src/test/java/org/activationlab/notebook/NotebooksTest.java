package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every notebook in {@code notebooks/} as IJava would, at a quick-run size, and checks that the
 * committed copy is IJava-shaped and carries outputs from its current code.
 */
class NotebooksTest {
    static final Path DIR = Path.of("notebooks");

    /** Small runs: the notebooks read these with Integer.getInteger(name, articleSizedDefault). */
    static final Map<String, String> QUICK = Map.of("MAX_EPOCH", "2", "SEEDS", "2", "EXAMPLES", "600");

    /** Object.toString() of a class without its own: differs run to run, so never in a committed output. */
    static final Pattern IDENTITY_HASH = Pattern.compile("[A-Za-z]@[0-9a-f]{5,}\\b");

    @TestFactory
    Stream<DynamicTest> everyNotebookRuns() {
        List<Path> files = Notebook.list(DIR);
        assertTrue(files.size() >= 5, "expected the article's notebooks in " + DIR.toAbsolutePath() + ", found " + files);
        NotebookExecutor executor = new NotebookExecutor(QUICK);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Notebook committed = Notebook.read(file);
            checkShape(committed);
            Notebook fresh = executor.execute(committed);
            checkOutputs(committed, fresh);
        }));
    }

    /** IJava's kernel metadata and the shared set-up cell that loads the project. */
    static void checkShape(Notebook nb) {
        JsonNode kernel = nb.json().path("metadata").path("kernelspec");
        assertEquals("java", kernel.path("name").asText(), nb.name());
        assertEquals("Java", kernel.path("display_name").asText(), nb.name());
        assertEquals("java", kernel.path("language").asText(), nb.name());
        assertEquals("Java", nb.json().path("metadata").path("language_info").path("name").asText(), nb.name());
        Notebook.Cell setup = nb.cells().stream().filter(Notebook.Cell::isCode).findFirst().orElseThrow();
        assertTrue(setup.source().startsWith("%jars ../target/activation-lab.jar\n%jars ../target/lib/*.jar\n"),
                nb.name() + ": the first code cell must load the built project with %jars");
        assertEquals("markdown", nb.cells().get(0).type(), nb.name() + ": starts with a title and the idea");
    }

    /** The committed outputs come from the current code: same cells with output, same number of charts. */
    static void checkOutputs(Notebook committed, Notebook fresh) {
        JsonNode before = committed.json().get("cells");
        JsonNode after = fresh.json().get("cells");
        int images = 0;
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).path("cell_type").asText().equals("code")) {
                continue;
            }
            String where = committed.name() + ", cell " + (i + 1);
            JsonNode out = after.get(i).get("outputs");
            JsonNode saved = before.get(i).get("outputs");
            assertFalse(before.get(i).get("execution_count").isNull(), where + ": committed without outputs; run the "
                    + "NotebookRunner --write command from notebooks/README.md");
            assertEquals(imageCount(out), imageCount(saved), where + ": committed charts differ from what the code draws");
            assertEquals(out.isEmpty(), saved.isEmpty(), where + ": committed outputs are stale");
            images += imageCount(out);
            for (JsonNode o : saved) {
                String text = Notebook.joinLines(o.has("text") ? o.get("text") : o.path("data").get("text/plain"));
                assertFalse(IDENTITY_HASH.matcher(text).find(), where + ": output shows an object's identity hash, "
                        + "which changes every run: " + text);
                assertFalse(o.path("name").asText().equals("stderr"), where + ": committed stderr output: " + text);
            }
        }
        assertTrue(images >= 1, committed.name() + ": shows no chart");
    }

    private static int imageCount(JsonNode outputs) {
        int n = 0;
        for (JsonNode o : outputs) {
            n += o.path("data").has("image/png") ? 1 : 0;
        }
        return n;
    }
}
