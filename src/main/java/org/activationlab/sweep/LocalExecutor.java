package org.activationlab.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Trains cells on this machine, several at once on Java threads.
 *
 * <p>Small networks cannot keep two cores busy with one training (each ND4J op has a fixed cost), so
 * independent trainings in parallel, one OpenMP thread each, are the fast way to run a sweep. Each
 * cell's numbers do not depend on which thread ran it.
 */
public final class LocalExecutor implements SweepExecutor {
    private final int threads;

    public LocalExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, received " + threads);
        }
        this.threads = threads;
    }

    /**
     * One training per core when OpenMP uses one thread per op; otherwise one training at a time,
     * since parallel trainings on top of multi-threaded ops would fight over the cores.
     */
    public static LocalExecutor forThisMachine() {
        boolean singleThreadedOps = "1".equals(System.getenv("OMP_NUM_THREADS"));
        return new LocalExecutor(singleThreadedOps ? Runtime.getRuntime().availableProcessors() : 1);
    }

    public int threads() {
        return threads;
    }

    @Override
    public List<CellResult> run(List<Cell> cells, Consumer<CellResult> onFinished, StopSignal stop) {
        CellTrainer trainer = new CellTrainer();
        List<CellResult> results = Collections.synchronizedList(new ArrayList<>());
        int poolSize = Math.max(1, Math.min(threads, cells.size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Cell cell : cells) {
                futures.add(pool.submit(() -> {
                    if (stop.requested()) {
                        return;
                    }
                    CellResult result = trainer.train(cell);
                    results.add(result);
                    onFinished.accept(result);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.request();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("sweep worker failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(results);
    }

    @Override
    public String describe() {
        return "local, " + threads + (threads == 1 ? " thread" : " threads");
    }
}
