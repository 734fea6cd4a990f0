package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter's driver, with kernels that die at once or never answer: each failed start is tried again and
 * reported with its cause, the first try within its own shorter timeout.
 */
class KernelStartRetryTest {

    @Test
    void everyFailedStartIsReportedWithItsCause(@TempDir Path dir) throws Exception {
        JsonNode report = run(dir, "dead", "\"/bin/false\", \"{connection_file}\"", "--tries", "2", "--startup-timeout", "3");
        assertEquals(2, report.get("kernel_tries").asInt(), report.toString());
        JsonNode errors = report.get("kernel_start_errors");
        assertEquals(2, errors.size(), report.toString());
        assertTrue(errors.get(0).asText().startsWith("try 1, after ") && errors.get(1).asText().startsWith("try 2, after "),
                report.toString());
        assertTrue(report.get("failure").asText().startsWith("the kernel 'dead' did not start in 2 tries of 3 s each"),
                report.toString());
    }

    /** A kernel that never answers: the first try gives up after its own timeout, the next after the full one. */
    @Test
    void theFirstTryHasItsOwnShorterTimeout(@TempDir Path dir) throws Exception {
        JsonNode report = run(dir, "silent", "\"sleep\", \"60\"", "--tries", "2",
                "--startup-timeout", "3", "--first-startup-timeout", "1");
        JsonNode errors = report.get("kernel_start_errors");
        assertEquals(2, errors.size(), report.toString());
        assertTrue(errors.get(0).asText().contains("in 1 seconds"), report.toString());
        assertTrue(errors.get(1).asText().contains("in 3 seconds"), report.toString());
    }

    /** Runs a one-cell notebook on a kernel whose argv is {@code argv}; returns the driver's report. */
    private static JsonNode run(Path dir, String name, String argv, String... options) throws Exception {
        Path kernel = Files.createDirectories(dir.resolve("kernels").resolve(name));
        Files.writeString(kernel.resolve("kernel.json"),
                "{\"argv\": [" + argv + "], \"display_name\": \"" + name + "\", \"language\": \"java\"}");
        Path driver = dir.resolve("run_notebook.py");
        try (InputStream in = JupyterExecution.class.getResourceAsStream("run_notebook.py")) {
            Files.copy(in, driver);
        }
        Path notebook = dir.resolve("one.ipynb");
        Files.writeString(notebook, "{\"cells\": [{\"cell_type\": \"code\", \"id\": \"a\", \"metadata\": {}, \"outputs\": [],"
                + " \"execution_count\": null, \"source\": \"int x = 1;\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");

        List<String> command = new java.util.ArrayList<>(List.of(JupyterExecution.defaultPython(), driver.toString(),
                notebook.toString(), "--kernel", name));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JUPYTER_PATH", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        return Json.MAPPER.readTree(out);
    }
}
