package org.activationlab.cli;

import java.nio.file.Path;
import java.util.List;
import org.activationlab.data.CsvOptions;
import org.activationlab.data.DataDirectory;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Datasets;
import org.activationlab.data.TaskChoice;
import picocli.CommandLine.Option;

/**
 * Options of commands that make or read a dataset, with the {@link DataOptions} of the command that mixes them in:
 * each option left out keeps that command's value, and its help shows it.
 */
final class DataOptionsMixin {
    /** The command's own options: the seed and any CSV file digest come from here, and the defaults below. */
    private final DataOptions defaults;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Directory of the IDX files for fashion-mnist/mnist "
            + "(default: -D" + DataDirectory.PROPERTY + ", $" + DataDirectory.ENV + ", else /usr/share/datasets/fashion-mnist).")
    Path dataDir;

    @Option(names = "--points", paramLabel = "N", description = "Points of a synthetic 2-D set (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--noise", paramLabel = "F",
            description = "Noise of a synthetic set, 0–0.5 as in TensorFlow Playground (default ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--train-fraction", paramLabel = "F",
            description = "Share of a generated, Iris or CSV set used for training (default ${DEFAULT-VALUE}).")
    double trainFraction;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N images of each split of an image set, "
            + "or the first N rows of a CSV file; 0 uses them all (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--label", paramLabel = "COLUMN", description = "csv:PATH: the label column, by header name or "
            + "0-based index (default: the last column).")
    String label;

    @Option(names = "--task", paramLabel = "TASK", converter = Converters.Task.class, description = "csv:PATH: "
            + "classification, regression or auto (auto: text labels, or at most 10 distinct integers, are classes) "
            + "(default ${DEFAULT-VALUE}).")
    TaskChoice task;

    @Option(names = "--features", paramLabel = "C[,C...]", split = ",", description = "csv:PATH: the feature columns, "
            + "by name or 0-based index (default: every column but the label).")
    List<String> features;

    @Option(names = "--no-header", description = "csv:PATH: the first row is data, not column names; columns are then "
            + "named by their 0-based index (default: the first row is a header).")
    boolean noHeader;

    DataOptionsMixin(DataOptions defaults) {
        this.defaults = defaults;
        this.dataDir = defaults.dataDir();
        this.points = defaults.points();
        this.noise = defaults.noise();
        this.trainFraction = defaults.trainFraction();
        this.limit = defaults.limit();
        this.label = defaults.csv().label();
        this.task = defaults.csv().task();
    }

    /** The command's defaults with every option the user gave. */
    DataOptions options() {
        CsvOptions csv = defaults.csv();
        csv = new CsvOptions(label, task, features != null ? features : csv.features(), csv.header() && !noHeader,
                csv.fileDigest());
        return new DataOptions(points, noise, trainFraction, defaults.seed(), dataDir, limit, csv);
    }

    /** {@link #options}, tied to the contents of {@code dataset}'s file ({@link Datasets#pin}). */
    DataOptions forDataset(String dataset) {
        return Datasets.pin(dataset, options());
    }
}
