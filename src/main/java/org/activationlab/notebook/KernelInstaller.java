package org.activationlab.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activationlab.io.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Installs the Java kernel the notebooks run on: rapaio-jupyter-kernel, as Maven resolved it, with
 * the CLI's training settings ({@link KernelSpec}), for the current user.
 *
 * <pre>
 * java -cp target/activation-lab.jar org.activationlab.notebook.KernelInstaller
 * </pre>
 * Jupyter's own {@code jupyter kernelspec install --user} puts it in place. The default name is
 * {@code java}, the kernel name the notebooks ask for (IJava's); a {@code java} kernel that is not
 * this one (IJava's, say) is kept unless {@code --replace}: pass {@code --name} to install beside it.
 */
@Command(name = "kernel-installer", mixinStandardHelpOptions = true,
        description = "Installs the rapaio Java kernel with the CLI's training settings for Jupyter (--user).")
public final class KernelInstaller implements Callable<Integer> {

    @Option(names = "--name", description = "Kernel name (default: ${DEFAULT-VALUE}, what the notebooks ask for).")
    String name = "java";

    @Option(names = "--replace", description = "Replace a kernel of that name even if it is another kernel.")
    boolean replace;

    @Option(names = "--jupyter", description = "The jupyter command (default: ${DEFAULT-VALUE}).")
    String jupyter = "jupyter";

    public static void main(String[] args) {
        System.exit(new CommandLine(new KernelInstaller()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            Path existing = installedKernel(name);
            if (existing != null && !replace && !Files.exists(existing.resolve(KernelSpec.JAR_NAME))) {
                System.err.println("error: a kernel named " + name + " is installed already (" + existing + ") and is "
                        + "not this one; pass --name NAME to install beside it, or --replace");
                return 1;
            }
            Path staging = Files.createTempDirectory("activation-lab-kernel");
            Path dir = KernelSpec.fromBuild(Map.of()).writeTo(staging.resolve(name));
            int exit = new ProcessBuilder(jupyter, "kernelspec", "install", "--user", "--name", name, dir.toString())
                    .inheritIO().start().waitFor();
            for (String file : List.of("kernel.json", KernelSpec.JAR_NAME)) {
                Files.deleteIfExists(dir.resolve(file));
            }
            Files.deleteIfExists(dir);
            Files.deleteIfExists(staging);
            if (exit != 0) {
                System.err.println("error: jupyter kernelspec install exited with " + exit);
                return 1;
            }
            return 0;
        } catch (IOException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage() + (e instanceof IOException
                    ? " (is Jupyter installed? --jupyter names its command)" : ""));
            return 1;
        }
    }

    /** The resource directory of the kernel called {@code kernel}, or null when Jupyter has none. */
    private Path installedKernel(String kernel) throws IOException, InterruptedException {
        Process list = new ProcessBuilder(jupyter, "kernelspec", "list", "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (list.waitFor() != 0) {
            throw new IOException("jupyter kernelspec list failed");
        }
        JsonNode dir = Json.MAPPER.readTree(out).path("kernelspecs").path(kernel).path("resource_dir");
        return dir.isTextual() ? Path.of(dir.asText()) : null;
    }
}
