package org.activationlab.sweep;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.diagnostics.Measurement;
import org.activationlab.diagnostics.Probe;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;

/** Trains one cell and takes its probes' measurements; datasets are loaded once per (name, options) and shared read-only between cells. */
public final class CellTrainer {
    /**
     * Every dataset loaded in this JVM that someone still holds, so that an experiment which loaded its
     * data (e.g. compare, for the network's input size) and its sweep's cells share one copy instead of
     * two (188 MB of Fashion-MNIST training pixels each).
     */
    private static final Map<String, WeakReference<Dataset>> LOADED = new ConcurrentHashMap<>();

    private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();

    public CellResult train(Cell cell) {
        try {
            Dataset data = datasets.computeIfAbsent(key(cell.dataset(), cell.data()),
                    k -> dataset(cell.dataset(), cell.data()));
            List<Probe.Recorder> recorders = cell.probes().stream().map(p -> p.start(cell.spec(), data)).toList();
            TrainingRun run = Trainer.train(cell.spec(), data, cell.training(),
                    (epoch, network, metrics) -> recorders.forEach(r -> r.afterEpoch(epoch, network, metrics)));
            List<Measurement> measurements = recorders.stream().map(r -> r.finish(run.network())).toList();
            return new CellResult(cell.id(), cell, run.history(), measurements, null);
        } catch (RuntimeException e) {
            return CellResult.failure(cell, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** {@link Datasets#load}, or the copy already loaded for the same (name, options) if one is still held. */
    public static Dataset dataset(String name, DataOptions options) {
        Dataset[] result = new Dataset[1];
        LOADED.compute(key(name, options), (k, held) -> {
            result[0] = held == null ? null : held.get();
            if (result[0] != null) {
                return held;
            }
            result[0] = Datasets.load(name, options);
            return new WeakReference<>(result[0]);
        });
        return result[0];
    }

    private static String key(String name, DataOptions options) {
        return name + "|" + options;
    }
}
