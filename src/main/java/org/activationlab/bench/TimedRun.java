package org.activationlab.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;

/**
 * A training run with the wall time (from {@link EpochMetrics#seconds()}) and the process's CPU time at
 * every evaluated epoch.
 *
 * <p>CPU time counts the work done whatever else runs on the machine. It is the whole process's, not
 * the training thread's: libnd4j runs parts of some operations on its own threads even with one
 * OpenMP thread (measured: process CPU 1.5–1.9× the training thread's), and garbage collection is
 * part of the cost too.
 */
record TimedRun(TrainingRun run, Map<Integer, Double> cpuSecondsAt) {

    static TimedRun of(NetworkSpec spec, Dataset data, TrainingSettings settings) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<Integer, Double> cpu = new HashMap<>();
        TrainingRun run = Trainer.train(spec, data, settings,
                (epoch, net, metrics) -> cpu.put(epoch, os.getProcessCpuTime() / 1e9));
        return new TimedRun(run, cpu);
    }

    double wallSeconds(int fromEpoch, int toEpoch) {
        return epoch(toEpoch).seconds() - epoch(fromEpoch).seconds();
    }

    double cpuSeconds(int fromEpoch, int toEpoch) {
        return cpuSecondsAt.get(toEpoch) - cpuSecondsAt.get(fromEpoch);
    }

    private EpochMetrics epoch(int epoch) {
        return run.history().epochs().stream().filter(m -> m.epoch() == epoch).findFirst()
                .orElseThrow(() -> new IllegalStateException("epoch " + epoch + " was not evaluated"));
    }
}
