package org.activationlab.notebook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs notebooks through Jupyter's own client (nbclient), each in a fresh kernel of {@link KernelSpec}.
 *
 * <p>The kernelspec goes into a temporary {@code JUPYTER_PATH}, so nothing is installed for the user.
 * {@code run_notebook.py} (a resource beside this class) starts the kernel in the notebook's folder,
 * as Jupyter does, bounds its start-up ({@value #STARTUP_SECONDS} s, {@value #TRIES} tries: a rapaio
 * kernel that gets its first request too early never answers, about one start in ten under load, see
 * {@code run_notebook.py}; the first try gets {@value #FIRST_STARTUP_SECONDS} s, against 1.3–1.8 s for a
 * normal start, so that such a start costs that rather than the whole timeout), runs the cells in
 * order and reports each as JSON.
 */
public final class JupyterExecution implements AutoCloseable {
    static final String KERNEL_NAME = "activation-lab-rapaio";
    static final int STARTUP_SECONDS = 30;
    static final int TRIES = 5;
    static final int FIRST_STARTUP_SECONDS = 6;

    private static final ObjectMapper REPORTS = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path jupyterPath;
    private final Path driver;
    private final String python;

    public JupyterExecution(KernelSpec kernel, String python) throws IOException {
        this.python = python;
        this.jupyterPath = Files.createTempDirectory("activation-lab-jupyter");
        kernel.writeTo(jupyterPath.resolve("kernels").resolve(KERNEL_NAME));
        this.driver = jupyterPath.resolve("run_notebook.py");
        try (InputStream in = JupyterExecution.class.getResourceAsStream("run_notebook.py")) {
            Files.copy(in, driver);
        }
    }

    /**
     * Debian's python where it exists (a pyenv or virtualenv {@code python3} first on the PATH often
     * lacks Jupyter), else {@code python3}; the system property {@code activationlab.python} overrides.
     */
    public static String defaultPython() {
        return System.getProperty("activationlab.python",
                Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
    }

    /**
     * Runs every cell of {@code notebook}; with {@code saveTo}, writes the executed notebook there when
     * all cells ran. {@code cellTimeoutSeconds} &lt; 0: no limit.
     */
    public NotebookReport run(Path notebook, Path saveTo, int cellTimeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, driver.toString(), notebook.toString(),
                "--kernel", KERNEL_NAME, "--startup-timeout", String.valueOf(STARTUP_SECONDS),
                "--tries", String.valueOf(TRIES), "--first-startup-timeout", String.valueOf(FIRST_STARTUP_SECONDS),
                "--cell-timeout", String.valueOf(cellTimeoutSeconds)));
        if (saveTo != null) {
            command.addAll(List.of("--write", saveTo.toString()));
        }
        Path log = Files.createTempFile(jupyterPath, "kernel", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
        pb.environment().put("JUPYTER_PATH", jupyterPath.toString());
        Process process = pb.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0 || out.isBlank()) {
            throw new IOException(whyNoReport(notebook, exit, Files.readString(log)));
        }
        NotebookReport report = REPORTS.readValue(out, NotebookReport.class);
        return report.kernelStartSeconds() != null ? report : report.withFailure(report.failure()
                + "; the kernel's last words: " + lastLines(Files.readString(log), 5));
    }

    /** One line saying what to install when Jupyter's client is missing, else the driver's last words. */
    private String whyNoReport(Path notebook, int exit, String log) {
        if (log.contains("No module named")) {
            return python + " cannot import Jupyter's client (" + lastLine(log) + "): install it, on Debian with "
                    + "sudo apt-get install python3-nbclient, elsewhere with pip install nbclient; or name another "
                    + "python with -Dactivationlab.python=PATH";
        }
        return notebook + ": Jupyter's client stopped (exit " + exit + "): " + lastLine(log);
    }

    private static String lastLine(String text) {
        return lastLines(text, 1);
    }

    private static String lastLines(String text, int n) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "none" : String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(jupyterPath)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
