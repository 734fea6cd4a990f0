package org.activationlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationlab.layers.FencedOpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.LoggerFactory;

/**
 * Runs independent trainings side by side on Java threads, for sweeps over seeds and activations.
 *
 * <pre>{@code
 * List<TrainingRun> runs = ParallelRuns.map(seeds.stream()
 *         .<Callable<TrainingRun>>map(s -> () -> Trainer.train(spec.withSeed(s), data, settings))
 *         .toList());
 * }</pre>
 *
 * <p>Small networks cannot keep a core busy with one OpenMP thread per matrix product, but two
 * trainings on two Java threads can: measured on 2 cores, 1.6× the throughput of one (issue #8).
 * Each training owns its network, and ND4J keeps random generators and workspaces per thread, so the
 * results are exactly those of running the tasks one after another (tested). Results come back in
 * task order. A failure is rethrown when its task's turn comes in that order; tasks not yet started
 * are then cancelled, running ones finish in the background. Sweeps ({@code sweep.LocalExecutor}) and
 * the benchmarks run their trainings through here. Side by side they need ND4J's op executioner to be
 * {@link FencedOpExecutioner}: this class chooses it when ND4J is not loaded yet, and warns once when ND4J runs
 * on another.
 */
public final class ParallelRuns {
    private ParallelRuns() {
    }

    /**
     * Java threads that keep the cores busy without oversubscribing them: cores ÷ OpenMP threads per
     * training ({@code OMP_NUM_THREADS}, which libgomp reads at start-up; unset means one per core).
     */
    public static int defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, cores / openMpThreads(System.getenv("OMP_NUM_THREADS"), cores));
    }

    static int openMpThreads(String setting, int cores) {
        try {
            return setting == null ? cores : Math.max(1, Integer.parseInt(setting.split(",")[0].trim()));
        } catch (NumberFormatException e) {
            return cores;
        }
    }

    /** Runs every task on {@link #defaultThreads()} threads; results in task order. */
    public static <T> List<T> map(List<? extends Callable<T>> tasks) {
        return map(tasks, defaultThreads());
    }

    /** Runs every task on at most {@code threads} threads (1: in the calling thread); results in task order. */
    public static <T> List<T> map(List<? extends Callable<T>> tasks, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, received " + threads);
        }
        if (threads == 1 || tasks.size() <= 1) {
            List<T> results = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        checkExecutioner();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), trainingThreads());
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for trainings", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static final String STOCK_EXECUTIONER_WARNING = "ND4J runs on an op executioner that can crash the JVM when "
            + "trainings run side by side (SIGSEGV in libnd4j's DataBuffer::primary()): start the JVM with -D"
            + FencedOpExecutioner.PROPERTY + "=" + FencedOpExecutioner.CLASS_NAME + ", as the CLI and the notebooks do, "
            + "or call FencedOpExecutioner.installUnlessChosen() before ND4J's first use";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /**
     * Trainings side by side need ND4J's executioner to keep each op reachable during its native call
     * ({@link FencedOpExecutioner}): chosen here if ND4J is not loaded yet, else a warning, once per JVM.
     */
    private static void checkExecutioner() {
        FencedOpExecutioner.installUnlessChosen();
        if (!(Nd4j.getExecutioner() instanceof FencedOpExecutioner) && WARNED.compareAndSet(false, true)) {
            LoggerFactory.getLogger(ParallelRuns.class).warn(STOCK_EXECUTIONER_WARNING);
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("a training failed: " + cause.getMessage(), cause);
    }

    private static java.util.concurrent.ThreadFactory trainingThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "training-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
