package org.activationlab.sweep;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;

/** Trains one cell; datasets are loaded once per (name, options) and shared read-only between cells. */
public final class CellTrainer {
    private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();

    public CellResult train(Cell cell) {
        try {
            Dataset data = datasets.computeIfAbsent(key(cell.dataset(), cell.data()),
                    k -> Datasets.load(cell.dataset(), cell.data()));
            TrainingRun run = Trainer.train(cell.spec(), data, cell.training());
            return new CellResult(cell.id(), cell, run.history(), run.divergedEpoch(), null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new CellResult(cell.id(), cell, null, -1, message);
        }
    }

    private static String key(String name, DataOptions options) {
        return name + "|" + options;
    }
}
