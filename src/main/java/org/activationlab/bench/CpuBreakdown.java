package org.activationlab.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Where a window's process CPU time went: the trainings' own threads, the JIT compiler threads, the
 * garbage collector's threads, and the rest (JavaCPP's deallocator threads, the JVM's service threads).
 *
 * <p>Why: a second parallel training gained little while the process used well over one core; this
 * says which threads used it. Training time is summed per task (pool threads end with the pool); the
 * JVM's threads are read from Linux's {@code /proc/self/task/<id>/schedstat} (nanoseconds on a CPU).
 * A JVM thread that ends inside the window loses its time to "other": run with
 * {@code -XX:-UseDynamicNumberOfCompilerThreads} to keep the compiler threads alive.
 */
final class CpuBreakdown {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final AtomicLong trainingNanos = new AtomicLong();
    private final long processStart = OS.getProcessCpuTime();
    private final Map<String, Long> threadsStart = threadNanos();

    /** {@code task}, adding the CPU time of the thread that runs it to the training total. */
    <T> Callable<T> counted(Callable<T> task) {
        return () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return task.call();
            } finally {
                trainingNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
            }
        };
    }

    /** The window so far in ms, e.g. {@code process=2210 training=1190 jit=640 gc=90 other=290}. */
    String summary() {
        long process = (OS.getProcessCpuTime() - processStart) / 1_000_000;
        long training = trainingNanos.get() / 1_000_000;
        Map<String, Long> now = threadNanos();
        long jit = since(now, "CompilerThre");
        long gc = since(now, "GC Thread") + since(now, "G1 ");
        return "process=" + process + " training=" + training + " jit=" + jit + " gc=" + gc
                + " other=" + (process - training - jit - gc);
    }

    private long since(Map<String, Long> now, String namePart) {
        long nanos = 0;
        for (Map.Entry<String, Long> e : now.entrySet()) {
            if (e.getKey().contains(namePart)) {
                nanos += e.getValue() - threadsStart.getOrDefault(e.getKey(), 0L);
            }
        }
        return nanos / 1_000_000;
    }

    /** CPU nanoseconds per live thread, keyed by thread id and name. */
    private static Map<String, Long> threadNanos() {
        Map<String, Long> nanos = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = task.getFileName() + " " + Files.readString(task.resolve("comm")).trim();
                    nanos.put(name, Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split(" ")[0]));
                } catch (IOException | NumberFormatException e) {
                    // the thread ended while being read: its time counts as "other"
                }
            }
        } catch (IOException e) {
            return nanos;
        }
        return nanos;
    }
}
