package org.activationlab.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activationlab.cli.NativeThreads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Re-executes notebooks without Jupyter and, with {@code --write}, saves their outputs into the files.
 *
 * <pre>
 * java -cp target/activation-lab.jar org.activationlab.notebook.NotebookRunner --write notebooks
 * </pre>
 * Without {@code --write} it only checks that every cell runs. Exit code 0 when all notebooks ran,
 * 1 when one failed (the message names the notebook and cell), 2 on a usage error.
 */
@Command(name = "notebook-runner", mixinStandardHelpOptions = true,
        description = "Runs IJava notebooks cell by cell in JShell, as the IJava kernel would.")
public final class NotebookRunner implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Notebooks (.ipynb) or directories of notebooks (default: notebooks).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--write", description = "Save the fresh outputs into each notebook file.")
    boolean write;

    @Option(names = {"-D", "--property"}, paramLabel = "KEY=VALUE",
            description = "A system property for the notebooks, e.g. -D MAX_EPOCH=1 for a quick run.")
    Map<String, String> properties = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        if (NativeThreads.relaunchNeeded()) {
            System.exit(NativeThreads.relaunch(NotebookRunner.class, args));
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new NotebookRunner()).execute(args));
    }

    @Override
    public Integer call() {
        List<Path> notebooks = new ArrayList<>();
        for (Path p : paths.isEmpty() ? List.of(Path.of("notebooks")) : paths) {
            if (Files.isDirectory(p)) {
                notebooks.addAll(Notebook.list(p));
            } else if (Files.isRegularFile(p)) {
                notebooks.add(p);
            } else {
                System.err.println("error: " + p + " is neither a notebook nor a directory; pass notebooks/*.ipynb "
                        + "or the notebooks directory");
                return 1;
            }
        }
        NotebookExecutor executor = new NotebookExecutor(properties);
        for (Path file : notebooks) {
            long t0 = System.nanoTime();
            Notebook executed;
            try {
                executed = executor.execute(Notebook.read(file));
            } catch (NotebookFailure | IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
            if (write) {
                executed.write(file);
            }
            System.out.printf("%s: ran in %.1f s%s%n", file, (System.nanoTime() - t0) / 1e9, write ? ", outputs saved" : "");
        }
        return 0;
    }
}
