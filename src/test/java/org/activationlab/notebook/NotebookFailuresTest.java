package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.activationlab.io.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Broken notebooks, made here, fail the notebook checks in the real kernel with the notebook, cell and error named. */
class NotebookFailuresTest {
    /** A 1×1 PNG: a chart the committed copy claims to show. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static JupyterExecution jupyter;

    @TempDir
    Path dir;

    @BeforeAll
    static void kernel() throws Exception {
        jupyter = new JupyterExecution(KernelSpec.fromBuild(Map.of()), JupyterExecution.defaultPython());
    }

    @AfterAll
    static void shutdown() throws Exception {
        jupyter.close();
    }

    /** A notebook with IJava's metadata: a title, then these code cells, each with the given committed outputs. */
    Path notebook(String name, List<String> cells, List<List<JsonNode>> outputs) throws Exception {
        ObjectNode nb = Json.MAPPER.createObjectNode();
        ArrayNode list = nb.putArray("cells");
        ObjectNode title = list.addObject();
        title.put("cell_type", "markdown").put("id", "title").putObject("metadata");
        title.put("source", "# " + name);
        for (int i = 0; i < cells.size(); i++) {
            ObjectNode cell = list.addObject();
            cell.put("cell_type", "code").put("id", "c" + i).put("execution_count", i + 1).putObject("metadata");
            cell.putArray("outputs").addAll(outputs.get(i));
            cell.put("source", cells.get(i));
        }
        ObjectNode kernelspec = nb.putObject("metadata").putObject("kernelspec");
        kernelspec.put("name", "java").put("display_name", "Java").put("language", "java");
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        Path file = dir.resolve(name + ".ipynb");
        Files.writeString(file, Json.MAPPER.writeValueAsString(nb));
        return file;
    }

    static JsonNode chart() {
        ObjectNode out = Json.MAPPER.createObjectNode().put("output_type", "display_data");
        out.putObject("data").put("image/png", PNG);
        out.putObject("metadata");
        return out;
    }

    @Test
    void aCellThatThrowsFailsNamingTheCellAndTheError() throws Exception {
        Path file = notebook("throws", List.of("int answer = 42;", "throw new IllegalStateException(\"broken on purpose\");",
                "System.out.println(answer);"), List.of(List.of(), List.of(), List.of()));
        NotebookReport report = jupyter.run(file, null, 120);
        assertEquals(2, report.cells().size(), "the run stops at the failing cell: " + report);
        String problems = String.join("\n", report.problems());
        assertTrue(problems.startsWith(file + ", cell 3: ") && problems.contains("broken on purpose"), problems);
    }

    @Test
    void magicsBesideJavaFailTheShapeCheckAndTheKernel() throws Exception {
        String mixed = "%jars ../target/activation-lab.jar\nint answer = 42;";
        Path file = notebook("mixed", List.of(mixed), List.of(List.of()));
        AssertionFailedError shape = assertThrows(AssertionFailedError.class,
                () -> NotebookChecks.checkShape("mixed.ipynb", NotebookChecks.read(file)));
        assertTrue(shape.getMessage().contains("mixed.ipynb, cell 2: the first code cell loads the built project"),
                shape.getMessage());
        Path later = notebook("mixed-later", List.of(NotebookChecks.SETUP, mixed), List.of(List.of(), List.of()));
        shape = assertThrows(AssertionFailedError.class,
                () -> NotebookChecks.checkShape("mixed-later.ipynb", NotebookChecks.read(later)));
        assertTrue(shape.getMessage().contains("cell 3: mixes magics and Java code"), shape.getMessage());

        String problems = String.join("\n", jupyter.run(file, null, 120).problems());
        assertTrue(problems.contains("cell 2: ") && problems.contains("Mixed magic and Java code"), problems);
    }

    @Test
    void stderrAMeaninglessValueAndAMissingChartEachFail() throws Exception {
        Path file = notebook("quiet-failures", List.of("System.err.println(\"a warning\");", "new Object()",
                "int drawn = 0;"), List.of(List.of(), List.of(), List.of(chart())));
        NotebookReport report = jupyter.run(file, null, 120);
        List<String> problems = report.problems();
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).equals(file + ", cell 2: wrote to stderr: a warning"), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ", cell 3: shows a value without meaning"), problems.get(1));

        NotebookReport clean = new NotebookReport(report.notebook(), report.kernel(), report.kernelStartSeconds(),
                report.kernelTries(), report.kernelStartErrors(), report.seconds(), null, report.cells().stream()
                .map(c -> new NotebookReport.CellReport(c.cell(), c.seconds(), null, "", c.images(), List.of())).toList());
        AssertionFailedError missing = assertThrows(AssertionFailedError.class,
                () -> NotebookChecks.checkRun("quiet-failures.ipynb", NotebookChecks.read(file), clean));
        assertTrue(missing.getMessage().startsWith("quiet-failures.ipynb, cell 4: the committed notebook shows 1 chart(s), "
                + "the kernel drew 0"), missing.getMessage());
    }
}
