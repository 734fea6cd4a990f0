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

/** Jupyter's driver, with a kernel that dies at once: each failed start is tried again and reported with its cause. */
class KernelStartRetryTest {

    @Test
    void everyFailedStartIsReportedWithItsCause(@TempDir Path dir) throws Exception {
        Path kernel = Files.createDirectories(dir.resolve("kernels").resolve("dead"));
        Files.writeString(kernel.resolve("kernel.json"),
                "{\"argv\": [\"/bin/false\", \"{connection_file}\"], \"display_name\": \"dead\", \"language\": \"java\"}");
        Path driver = dir.resolve("run_notebook.py");
        try (InputStream in = JupyterExecution.class.getResourceAsStream("run_notebook.py")) {
            Files.copy(in, driver);
        }
        Path notebook = dir.resolve("one.ipynb");
        Files.writeString(notebook, "{\"cells\": [{\"cell_type\": \"code\", \"id\": \"a\", \"metadata\": {}, \"outputs\": [],"
                + " \"execution_count\": null, \"source\": \"int x = 1;\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");

        ProcessBuilder pb = new ProcessBuilder(List.of(JupyterExecution.defaultPython(), driver.toString(),
                notebook.toString(), "--kernel", "dead", "--tries", "2", "--startup-timeout", "3"))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JUPYTER_PATH", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        JsonNode report = Json.MAPPER.readTree(out);
        assertEquals(2, report.get("kernel_tries").asInt(), out);
        JsonNode errors = report.get("kernel_start_errors");
        assertEquals(2, errors.size(), out);
        assertTrue(errors.get(0).asText().startsWith("try 1, after ") && errors.get(1).asText().startsWith("try 2, after "), out);
        assertTrue(report.get("failure").asText().startsWith("the kernel 'dead' did not start in 2 tries of 3 s each"), out);
    }
}
