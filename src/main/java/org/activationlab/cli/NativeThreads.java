package org.activationlab.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets OpenMP's thread count and wait policy for the CLI.
 *
 * <p>libgomp reads {@code OMP_NUM_THREADS} and {@code OMP_WAIT_POLICY} once, when the native library
 * loads, and Java cannot set environment variables of its own process. Measured here: two busy-waiting
 * OpenMP threads on two cores train about 3× slower than one. So when the user has not chosen, the
 * launcher starts the JVM again with one passive thread per training. Setting either variable yourself
 * (or {@code -Dactivationlab.relaunch=false}) keeps your choice.
 *
 * <p>The restarted JVM also gets, unless you set them: JavaCPP's off-heap accounting off
 * ({@code maxBytes}/{@code maxPhysicalBytes} = 0; with it on, every native allocation reads
 * {@code /proc/self/statm}, which made a tiny network's training step about 20 % slower), and a
 * {@value #DEFAULT_HEAP} heap cap (the default cap, a quarter of RAM, let {@code all} grow to 3.4 GB
 * resident on a 24 GB machine; ND4J's data lives off the heap), and the JIT compiler's quick tier
 * only ({@value #QUICK_JIT}): the CLI's work is many short trainings, during which the optimising
 * compiler (C2) kept a second core busy compiling DL4J's code paths; without it {@code all} took
 * ≈ 15 s instead of 17–21 s and half the CPU time, the Playground benchmark ran 2× faster, and the
 * Fashion-MNIST MLP with Adam 4–25 % slower in wall time (FastAdam's loop is not vectorised by the quick
 * tier). Figures in BENCHMARKS.md. It also shares the application's parsed classes between runs
 * ({@link ClassArchive}).
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    /** True when neither OpenMP variable is set and relaunching is not switched off. */
    public static boolean relaunchNeeded() {
        return System.getenv("OMP_NUM_THREADS") == null && System.getenv("OMP_WAIT_POLICY") == null
                && Boolean.parseBoolean(System.getProperty("activationlab.relaunch", "true"))
                && !underSparkSubmit();
    }

    /** spark-submit loads this jar in its own class loader, which a plain restart would not have. */
    private static boolean underSparkSubmit() {
        return System.getProperty("spark.master") != null;
    }

    static final String DEFAULT_HEAP = "768m";

    /** One passive OpenMP thread: what the restarted JVM's environment gets. */
    public static final Map<String, String> OPENMP_ENVIRONMENT = Map.of("OMP_NUM_THREADS", "1", "OMP_WAIT_POLICY", "PASSIVE");

    /** The JVM flags the restarted JVM gets when the user gave none; a Jupyter kernel's JVM gets them too. */
    public static List<String> defaultJvmFlags() {
        return jvmDefaults(List.of());
    }

    /** The JIT's quick tier only (C1): see the class comment. */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    /** Memory and JIT settings for the restarted JVM, leaving out any the user already gave. */
    static List<String> jvmDefaults(List<String> jvmArgs) {
        List<String> defaults = new ArrayList<>();
        for (String property : List.of("org.bytedeco.javacpp.maxBytes", "org.bytedeco.javacpp.maxPhysicalBytes")) {
            if (jvmArgs.stream().noneMatch(a -> a.startsWith("-D" + property + "="))) {
                defaults.add("-D" + property + "=0");
            }
        }
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM"))) {
            defaults.add("-Xmx" + DEFAULT_HEAP);
        }
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.endsWith("TieredCompilation"))) {
            defaults.add(QUICK_JIT);
        }
        return defaults;
    }

    static int relaunch(String[] args) {
        try {
            return relaunch(Main.class, args);
        } catch (Exception e) {
            System.err.println("warning: could not restart with OMP_NUM_THREADS=1 (" + e.getMessage() + "); continuing");
            return Main.execute(args);
        }
    }

    /** Runs {@code mainClass} in a new JVM (same JVM options and class path) with one passive OpenMP thread. */
    public static int relaunch(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmArgs = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        jvmArgs.addAll(jvmDefaults(jvmArgs));
        command.addAll(jvmArgs);
        String classPath = System.getProperty("java.class.path");
        Optional<ClassArchive> archive = ClassArchive.forRun(jvmArgs, classPath, ClassArchive.defaultCacheDir());
        archive.ifPresent(a -> command.addAll(a.flags(BackendWarmUp.needsBackend(args))));
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putAll(OPENMP_ENVIRONMENT);
        Process child = pb.start();
        // Ctrl-C reaches both JVMs, a plain kill only this one: pass it on (SIGTERM runs the child's own
        // shutdown hooks), then wait while the child writes what it finished.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                child.destroy();
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        int exitCode = child.waitFor();
        archive.ifPresent(a -> a.finish(exitCode));
        return exitCode;
    }
}
