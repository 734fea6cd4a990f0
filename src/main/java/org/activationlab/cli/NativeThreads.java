package org.activationlab.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.layers.FencedOpExecutioner;

/**
 * Sets OpenMP's thread count and wait policy for the CLI.
 *
 * <p>libgomp reads {@code OMP_NUM_THREADS} and {@code OMP_WAIT_POLICY} once, when the native library
 * loads, and Java cannot set environment variables of its own process. Measured here: two busy-waiting
 * OpenMP threads on two cores train about 3× slower than one. So when the user has not chosen, the
 * launcher starts the JVM again with one passive thread per training. Setting either variable yourself
 * (or {@code -Dactivationlab.relaunch=false}) keeps your choice.
 *
 * <p>The restarted JVM also gets, unless you set them: ND4J's op executioner with its ops kept reachable during
 * their native calls ({@link FencedOpExecutioner}: two trainings at once crashed the stock one now and then), JavaCPP's off-heap accounting off
 * ({@code maxBytes}/{@code maxPhysicalBytes} = 0; with it on, every native allocation reads
 * {@code /proc/self/statm}, which made a tiny network's training step about 20 % slower), a
 * {@value #DEFAULT_HEAP} heap cap (the default cap, a quarter of RAM, let {@code all} grow to 3.4 GB
 * resident on a 24 GB machine; ND4J's data lives off the heap), the JIT compilers and the garbage
 * collector the command's work runs best under ({@link JitChoice}, {@link CollectorChoice}), and the
 * application's classes parsed once for every run ({@link ClassArchive}).
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

    /**
     * The JVM flags a JVM gets when the user gave none and its work is not known in advance (a Jupyter
     * kernel's JVM): the quick JIT tier, and the JVM's own collector (a long-lived, interactive JVM).
     */
    public static List<String> defaultJvmFlags() {
        return jvmDefaults(List.of(), JitChoice.QUICK, CollectorChoice.DEFAULT);
    }

    /** The JVM flags the restarted JVM gets for the CLI command line {@code cliArgs} when the user gave none. */
    public static List<String> jvmFlagsFor(List<String> cliArgs) {
        return jvmDefaults(List.of(), JitChoice.forCommandLine(cliArgs));
    }

    /** {@link #jvmDefaults(List, JitChoice, CollectorChoice)} with the collector that {@code jit}'s work runs best under. */
    static List<String> jvmDefaults(List<String> jvmArgs, JitChoice jit) {
        return jvmDefaults(jvmArgs, jit, CollectorChoice.forJit(jit));
    }

    /** Memory, JIT and collector settings for the restarted JVM, leaving out any the user already gave. */
    static List<String> jvmDefaults(List<String> jvmArgs, JitChoice jit, CollectorChoice collector) {
        List<String> defaults = new ArrayList<>();
        for (String property : List.of("org.bytedeco.javacpp.maxBytes", "org.bytedeco.javacpp.maxPhysicalBytes")) {
            if (jvmArgs.stream().noneMatch(a -> a.startsWith("-D" + property + "="))) {
                defaults.add("-D" + property + "=0");
            }
        }
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-D" + FencedOpExecutioner.PROPERTY + "="))) {
            defaults.add("-D" + FencedOpExecutioner.PROPERTY + "=" + FencedOpExecutioner.CLASS_NAME);
        }
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM"))) {
            defaults.add("-Xmx" + DEFAULT_HEAP);
        }
        if (!JitChoice.userChose(jvmArgs)) {
            defaults.addAll(jit.flags(ClassArchive.defaultCacheDir()));
        }
        if (!CollectorChoice.userChose(jvmArgs)) {
            defaults.addAll(collector.flags());
        }
        return defaults;
    }

    /**
     * This JVM's options without those it read from {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}: the
     * restarted JVM inherits the environment and reads them itself, and given them twice, a profiler's agent
     * refused to start (the CLI exited 1).
     */
    static List<String> ownJvmArgs(List<String> inputArguments, Map<String, String> env) {
        List<String> own = new ArrayList<>(inputArguments);
        EnvironmentJvmOptions.in(env).forEach(own::remove);
        return own;
    }

    static int relaunch(String[] args) {
        try {
            return relaunch(Main.class, args);
        } catch (UserError e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("warning: could not restart with OMP_NUM_THREADS=1 (" + e.getMessage() + "); continuing");
            return Main.execute(args);
        }
    }

    /**
     * Runs {@code mainClass} in a new JVM (same JVM options and class path) with one passive OpenMP thread;
     * {@code args} are a CLI command line (they choose the JIT, {@link JitChoice}).
     */
    public static int relaunch(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // the user's choices count wherever they were given; the environment's reach the new JVM by themselves
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> jvmArgs = ownJvmArgs(given, System.getenv());
        jvmArgs.addAll(jvmDefaults(given, JitChoice.forCommandLine(List.of(args))));
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
