package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.activationlab.io.Json;

/** What a notebook must be to run unmodified on IJava and on rapaio-jupyter-kernel, and what its run must show. */
final class NotebookChecks {
    /** The set-up cell: the project's jar, and its dependencies as a directory (both kernels take these two forms). */
    static final String SETUP = "%jars ../target/activation-lab.jar\n%jars ../target/lib/";

    /** A %jars argument both kernels read the same: a jar, or a directory ending in "/" (IJava's rule), no glob. */
    private static final Pattern PORTABLE_JARS = Pattern.compile("%jars [^*?\\s]+(\\.jar|/)");

    private NotebookChecks() {
    }

    static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a notebook (" + e.getMessage() + ")", e);
        }
    }

    static String source(JsonNode cell) {
        JsonNode source = cell.path("source");
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder sb = new StringBuilder();
        source.forEach(line -> sb.append(line.asText()));
        return sb.toString();
    }

    /** IJava's kernel metadata, a title first, the set-up cell, magics never beside Java, portable %jars. */
    static void checkShape(String name, JsonNode nb) {
        JsonNode kernel = nb.path("metadata").path("kernelspec");
        assertEquals("java", kernel.path("name").asText(), name + ": kernelspec name (IJava's)");
        assertEquals("java", kernel.path("language").asText(), name + ": kernelspec language");
        JsonNode cells = nb.path("cells");
        assertEquals("markdown", cells.path(0).path("cell_type").asText(), name + ": starts with a title and the idea");
        boolean setupSeen = false;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).path("cell_type").asText().equals("code")) {
                continue;
            }
            String where = name + ", cell " + (i + 1) + ": ";
            String source = source(cells.get(i));
            if (!setupSeen) {
                assertEquals(SETUP, source.strip(), where + "the first code cell loads the built project, and only that");
                setupSeen = true;
            }
            List<String> magics = new ArrayList<>();
            boolean java = false;
            for (String line : source.split("\n")) {
                if (line.startsWith("%")) {
                    magics.add(line.strip());
                } else if (!line.isBlank() && !line.strip().startsWith("//")) {
                    java = true;
                }
            }
            assertFalse(java && !magics.isEmpty(), where + "mixes magics and Java code, which rapaio-jupyter-kernel refuses "
                    + "(MagicParseException); put the magics in a cell of their own");
            for (String magic : magics) {
                assertTrue(PORTABLE_JARS.matcher(magic).matches(), where + magic + ": use %jars with one jar or one "
                        + "directory ending in /, which IJava and rapaio-jupyter-kernel both read the same way");
            }
        }
    }

    /**
     * The run in the real kernel: no problem ({@link NotebookReport#problems()}), every code cell ran, each
     * cell draws the charts its committed copy shows, at least one chart; committed outputs are clean.
     */
    static void checkRun(String name, JsonNode committed, NotebookReport report) {
        List<String> problems = report.problems();
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        JsonNode cells = committed.path("cells");
        List<Integer> ran = report.cells().stream().map(NotebookReport.CellReport::cell).toList();
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!cell.path("cell_type").asText().equals("code")) {
                continue;
            }
            String where = name + ", cell " + (i + 1) + ": ";
            assertTrue(ran.contains(i + 1), where + "did not run");
            NotebookReport.CellReport fresh = report.cells().get(ran.indexOf(i + 1));
            assertEquals(images(cell), fresh.images(), where + "the committed notebook shows " + images(cell)
                    + " chart(s), the kernel drew " + fresh.images() + "; re-execute it (notebooks/README.md)");
            assertFalse(cell.path("execution_count").isNull(),
                    where + "committed without outputs; re-execute it (notebooks/README.md)");
            for (JsonNode o : cell.path("outputs")) {
                assertFalse(o.path("name").asText().equals("stderr"), where + "committed stderr output: " + o);
            }
        }
        assertTrue(report.images() >= 1, name + ": shows no chart");
    }

    private static int images(JsonNode cell) {
        int n = 0;
        for (JsonNode o : cell.path("outputs")) {
            n += o.path("data").has("image/png") ? 1 : 0;
        }
        return n;
    }
}
