package org.activationlab.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets OpenMP's thread count and wait policy for the CLI.
 *
 * <p>libgomp reads {@code OMP_NUM_THREADS} and {@code OMP_WAIT_POLICY} once, when the native library
 * loads, and Java cannot set environment variables of its own process. Measured here: two busy-waiting
 * OpenMP threads on two cores train about 3× slower than one. So when the user has not chosen, the
 * launcher starts the JVM again with one passive thread per training. Setting either variable yourself
 * (or {@code -Dactivationlab.relaunch=false}) keeps your choice.
 *
 * <p>The restarted JVM also turns off JavaCPP's off-heap accounting ({@code maxBytes}/{@code maxPhysicalBytes}
 * = 0) unless you set it: with it on, every native allocation reads {@code /proc/self/statm}, which
 * made a tiny network's training step about 20 % slower (issue #8).
 */
final class NativeThreads {
    private NativeThreads() {
    }

    static boolean relaunchNeeded() {
        return System.getenv("OMP_NUM_THREADS") == null && System.getenv("OMP_WAIT_POLICY") == null
                && Boolean.parseBoolean(System.getProperty("activationlab.relaunch", "true"));
    }

    /** JavaCPP settings for the restarted JVM, leaving out any the user already gave. */
    static List<String> javaCppDefaults(List<String> jvmArgs) {
        List<String> defaults = new ArrayList<>();
        for (String property : List.of("org.bytedeco.javacpp.maxBytes", "org.bytedeco.javacpp.maxPhysicalBytes")) {
            if (jvmArgs.stream().noneMatch(a -> a.startsWith("-D" + property + "="))) {
                defaults.add("-D" + property + "=0");
            }
        }
        return defaults;
    }

    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(jvmArgs);
        command.addAll(javaCppDefaults(jvmArgs));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        try {
            return pb.start().waitFor();
        } catch (Exception e) {
            System.err.println("warning: could not restart with OMP_NUM_THREADS=1 (" + e.getMessage() + "); continuing");
            return Main.execute(args);
        }
    }
}
