package org.activationlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;

/**
 * A training run with the wall time (from {@link EpochMetrics#seconds()}) and this thread's CPU time at
 * every evaluated epoch.
 *
 * <p>With one OpenMP thread ND4J runs its kernels on the calling thread, so thread CPU time is the
 * training work itself, whatever else runs on the machine.
 */
record TimedRun(TrainingRun run, Map<Integer, Double> cpuSecondsAt) {

    static TimedRun of(NetworkSpec spec, Dataset data, TrainingSettings settings) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Integer, Double> cpu = new HashMap<>();
        TrainingRun run = Trainer.train(spec, data, settings,
                (epoch, net, metrics) -> cpu.put(epoch, threads.getCurrentThreadCpuTime() / 1e9));
        return new TimedRun(run, cpu);
    }

    double wallSeconds(int fromEpoch, int toEpoch) {
        return epoch(toEpoch).seconds() - epoch(fromEpoch).seconds();
    }

    double cpuSeconds(int fromEpoch, int toEpoch) {
        return cpuSecondsAt.get(toEpoch) - cpuSecondsAt.get(fromEpoch);
    }

    private EpochMetrics epoch(int epoch) {
        return run.history().stream().filter(m -> m.epoch() == epoch).findFirst()
                .orElseThrow(() -> new IllegalStateException("epoch " + epoch + " was not evaluated"));
    }
}
