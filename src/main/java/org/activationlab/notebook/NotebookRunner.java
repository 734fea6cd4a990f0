package org.activationlab.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Executes notebooks in Jupyter, in the rapaio kernel of {@link KernelSpec}, and with {@code --write}
 * saves what Jupyter printed into the files.
 *
 * <pre>
 * java -cp target/activation-lab.jar org.activationlab.notebook.NotebookRunner --write notebooks
 * </pre>
 * Without {@code --write} it only checks that every cell runs. Exit code 0 when all notebooks ran,
 * 1 when one failed (one line per problem, naming the notebook and cell), 2 on a usage error.
 */
@Command(name = "notebook-runner", mixinStandardHelpOptions = true,
        description = "Runs notebooks in Jupyter (nbclient) with the rapaio Java kernel the build resolved.")
public final class NotebookRunner implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Notebooks (.ipynb) or directories of notebooks (default: notebooks).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--write", description = "Save the executed notebooks, outputs and all, into their files.")
    boolean write;

    @Option(names = {"-D", "--property"}, paramLabel = "KEY=VALUE",
            description = "A system property for the kernel's JVM, e.g. -D MAX_EPOCH=2 for a quick run.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--python", paramLabel = "PYTHON",
            description = "The python that has Jupyter's nbclient (default: /usr/bin/python3 if present, else python3).")
    String python = JupyterExecution.defaultPython();

    public static void main(String[] args) {
        System.exit(new CommandLine(new NotebookRunner()).execute(args));
    }

    /** The notebooks in {@code dir}, in file-name order. */
    public static List<Path> notebooksIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot list notebooks (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        List<Path> notebooks = new ArrayList<>();
        for (Path p : paths.isEmpty() ? List.of(Path.of("notebooks")) : paths) {
            if (Files.isDirectory(p)) {
                notebooks.addAll(notebooksIn(p));
            } else if (Files.isRegularFile(p)) {
                notebooks.add(p);
            } else {
                System.err.println("error: " + p + " is neither a notebook nor a directory; pass notebooks/*.ipynb "
                        + "or the notebooks directory");
                return 1;
            }
        }
        try (JupyterExecution jupyter = new JupyterExecution(KernelSpec.fromBuild(properties), python)) {
            for (Path file : notebooks) {
                NotebookReport report = jupyter.run(file, write ? file : null, -1);
                if (!report.problems().isEmpty()) {
                    report.problems().forEach(p -> System.err.println("error: " + p));
                    return 1;
                }
                System.out.printf(Locale.ROOT, "%s: ran in %.1f s (kernel started in %.1f s, try %d)%s%n", file, report.seconds(),
                        report.kernelStartSeconds(), report.kernelTries(), write ? ", outputs saved" : "");
            }
        } catch (IOException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
