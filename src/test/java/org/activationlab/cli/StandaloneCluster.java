package org.activationlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.activationlab.io.Json;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and workers, each its own JVM, started
 * from a {@code SPARK_HOME} laid out like a binary distribution ({@code RELEASE}, {@code jars/}) whose
 * jars are the ones Maven resolved ({@code target/spark-home.classpath}, written by the build).
 *
 * <p>Every process it starts is stopped by its process id on {@link #close()}, descendants (the
 * executors a worker launched) included.
 */
final class StandaloneCluster implements AutoCloseable {
    /** Written by maven-dependency-plugin at generate-test-resources (see pom.xml). */
    static final Path CLASSPATH_FILE = Path.of("target", "spark-home.classpath");
    private static final String SCALA_VERSION = "2.12";
    private static final long START_SECONDS = 240;

    private final Path dir;
    private final Path home;
    private final int masterPort;
    private final int masterUiPort;
    private final List<Process> started = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path dir) throws IOException {
        this.dir = dir;
        this.home = sparkHome(dir.resolve("spark-home"));
        this.masterPort = freePort();
        this.masterUiPort = freePort();
    }

    /** Starts a master and {@code workers} workers of one core each, and waits until all have registered. */
    static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(dir);
        try {
            cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", Integer.toString(cluster.masterPort), "--webui-port", Integer.toString(cluster.masterUiPort));
            for (int i = 0; i < workers; i++) {
                Path workDir = Files.createDirectories(dir.resolve("worker-" + i));
                cluster.workers.add(cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0",
                        "--work-dir", workDir.toString(), cluster.masterUrl()));
            }
            cluster.awaitAliveWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The JVM of worker {@code i}. */
    Process worker(int i) {
        return workers.get(i);
    }

    /** Worker {@code i}'s work directory: one folder per application, one per executor, its stderr inside. */
    Path workDir(int i) {
        return dir.resolve("worker-" + i);
    }

    /** The executor a worker launched ({@code CoarseGrainedExecutorBackend}, a child process), if any. */
    static Optional<ProcessHandle> executorOf(Process worker) {
        return worker.toHandle().children()
                .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
                .findFirst();
    }

    /**
     * Starts Spark's own {@code SparkSubmit} (client mode, a separate JVM) with {@code args}
     * ({@code --conf …}, {@code --class …}, the app jar, the app's arguments); output goes to {@code log}.
     */
    Process submit(Path log, List<String> args) throws IOException {
        List<String> submit = new ArrayList<>(List.of("--master", masterUrl()));
        submit.addAll(args);
        return start(log, "-Xmx768m", "org.apache.spark.deploy.SparkSubmit", submit);
    }

    /** A jar of the project's compiled classes, as {@code mvn package} would build it, for spark-submit. */
    static Path appJar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private Process launch(String name, String mainClass, String... args) throws IOException {
        return start(dir.resolve(name + ".log"), "-Xmx256m", mainClass, List.of(args));
    }

    private Process start(Path log, String heap, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        // Five JVMs start on a 2-core machine: the quick JIT tier and one GC thread each leave it more CPU.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(sparkJavaFlags());
        command.add("-cp");
        command.add(home.resolve("jars") + "/*");
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", SCALA_VERSION);
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString());
        env.put("OMP_NUM_THREADS", "1");
        env.put("OMP_WAIT_POLICY", "PASSIVE");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** Spark's Java 17 module flags, taken from this JVM (surefire's argLine) so the pom lists them once. */
    private static List<String> sparkJavaFlags() {
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Djdk.reflect.useDirectMethodHandle"))
                .toList();
        if (flags.isEmpty()) {
            throw new AssertionError("Spark's Java 17 flags: expected them among this JVM's options (surefire's "
                    + "argLine in pom.xml), received none; run the test with mvn test");
        }
        return flags;
    }

    /** SPARK_HOME as a binary distribution lays it out: Spark's launcher reads RELEASE and jars/. */
    private static Path sparkHome(Path home) throws IOException {
        if (!Files.isRegularFile(CLASSPATH_FILE)) {
            throw new AssertionError(CLASSPATH_FILE + ": expected the jar list maven-dependency-plugin writes at "
                    + "generate-test-resources, received no file; run the test with mvn test");
        }
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : Files.readString(CLASSPATH_FILE).trim().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
        }
        Files.writeString(home.resolve("RELEASE"), "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                + " (Scala " + SCALA_VERSION + "), jars as Maven resolved them for activation-lab's tests\n");
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls the master's JSON status page until {@code n} workers are ALIVE; fails if a process exits. */
    private void awaitAliveWorkers(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        int alive = 0;
        while (System.nanoTime() < deadline) {
            for (Process p : started) {
                if (!p.isAlive()) {
                    throw new AssertionError("a cluster process exited with " + p.exitValue()
                            + " while starting; its log is in " + dir);
                }
            }
            alive = aliveWorkers();
            if (alive >= n) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Spark standalone cluster: expected " + n + " alive workers within "
                + START_SECONDS + " s, received " + alive + "; logs in " + dir);
    }

    private int aliveWorkers() {
        try {
            JsonNode status = Json.MAPPER.readTree(URI.create("http://127.0.0.1:" + masterUiPort + "/json/").toURL());
            return status.path("aliveworkers").asInt(0);
        } catch (IOException e) {
            return 0; // the master's web UI is not up yet
        }
    }

    /** Kills every process this cluster started, and what they started, by process id. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process p : started) {
            p.toHandle().descendants().forEach(all::add); // before the parent dies and its children are re-parented
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + p.pid() + " did not stop: " + e, e);
            }
        }
    }

    /** Reads a file written by a process of the cluster (a log), or "" if it does not exist yet. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
