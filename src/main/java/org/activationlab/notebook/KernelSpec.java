package org.activationlab.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.activationlab.cli.NativeThreads;
import org.activationlab.io.AtomicFiles;
import org.activationlab.io.Json;

/**
 * A Jupyter kernelspec for rapaio-jupyter-kernel that trains as the CLI does.
 *
 * <p>{@code kernel.json} as rapaio's own installer lays it out, plus the CLI's settings:
 * <pre>
 * argv: [java, -Xmx768m, -XX:TieredStopAtLevel=1, -Dorg.bytedeco.javacpp.maxBytes=0,
 *        -Dorg.bytedeco.javacpp.maxPhysicalBytes=0, -Djava.awt.headless=true, -Dkey=value…,
 *        -jar, {resource_dir}/rapaio-jupyter-kernel.jar, {connection_file}]
 * env:  OMP_NUM_THREADS=1, OMP_WAIT_POLICY=PASSIVE, and rapaio's RJK_* variables at its defaults
 * </pre>
 * The JVM flags are those {@link NativeThreads} gives the CLI's restarted JVM. There is no init script
 * and no extra class path: a plain rapaio kernel, on which the notebooks load the project themselves.
 * {@code properties} become {@code -D} flags (the notebooks read their run size from them).
 */
public record KernelSpec(Path kernelJar, String displayName, Map<String, String> properties) {
    static final String JAR_NAME = "rapaio-jupyter-kernel.jar";

    /** Where Maven copies the kernel jar, relative to the folder holding the project's classes or jar. */
    static final String MAVEN_COPY_DIR = "jupyter";

    public KernelSpec {
        properties = Map.copyOf(new TreeMap<>(properties));
    }

    /** The kernel from the jar Maven resolved, named after its version. */
    public static KernelSpec fromBuild(Map<String, String> properties) {
        Path jar = mavenResolvedJar();
        String version = jar.getFileName().toString().replaceAll("^rapaio-jupyter-kernel-(.*)\\.jar$", "$1");
        return new KernelSpec(jar, "Java (rapaio " + version + ", activation-lab)", properties);
    }

    /**
     * {@code target/jupyter/rapaio-jupyter-kernel-VERSION.jar}, which the build copies there; the
     * system property {@code activationlab.kernel.jar} names another.
     */
    static Path mavenResolvedJar() {
        String given = System.getProperty("activationlab.kernel.jar");
        if (given != null) {
            return Path.of(given);
        }
        Path dir = buildDirectory().resolve(MAVEN_COPY_DIR);
        try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches("rapaio-jupyter-kernel-.+\\.jar"))
                    .sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("rapaio-jupyter-kernel: expected its jar in " + dir
                            + " (the build copies it there), found none; run mvn -q -B package -DskipTests"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** target/, whether this class was loaded from target/classes or from target/activation-lab.jar. */
    private static Path buildDirectory() {
        try {
            Path source = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return source.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the build directory: " + e.getMessage(), e);
        }
    }

    /** The JVM that runs this code: a JDK 17, as the kernel (JShell) needs. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The JVM's arguments before {@code -jar}. */
    public List<String> jvmFlags() {
        List<String> flags = new java.util.ArrayList<>(NativeThreads.defaultJvmFlags());
        flags.add("-Djava.awt.headless=true");
        properties.forEach((key, value) -> flags.add("-D" + key + "=" + value));
        return flags;
    }

    public ObjectNode json() {
        ObjectNode spec = Json.MAPPER.createObjectNode();
        ArrayNode argv = spec.putArray("argv");
        argv.add(javaExecutable());
        jvmFlags().forEach(argv::add);
        argv.add("-jar").add("{resource_dir}/" + JAR_NAME).add("{connection_file}");
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        ObjectNode env = spec.putObject("env");
        new TreeMap<>(NativeThreads.OPENMP_ENVIRONMENT).forEach(env::put);
        env.put("RJK_CLASSPATH", "");
        env.put("RJK_COMPILER_OPTIONS", "");
        env.put("RJK_INIT_SCRIPT", "");
        env.put("RJK_TIMEOUT_MILLIS", "-1");
        env.put("RJK_MIMA_CACHE", "mima_cache");
        return spec;
    }

    /** Writes {@code dir/kernel.json} and copies the kernel jar beside it; returns {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        if (!Files.isRegularFile(kernelJar)) {
            throw new IllegalStateException("rapaio-jupyter-kernel: expected a jar at " + kernelJar
                    + ", found none; run mvn -q -B package -DskipTests");
        }
        Files.createDirectories(dir);
        Files.copy(kernelJar, dir.resolve(JAR_NAME), StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.writeString(dir.resolve("kernel.json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json()) + "\n");
        return dir;
    }
}
