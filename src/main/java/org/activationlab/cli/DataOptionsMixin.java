package org.activationlab.cli;

import java.nio.file.Path;
import java.util.List;
import org.activationlab.data.CsvOptions;
import org.activationlab.data.DataDirectory;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Datasets;
import org.activationlab.data.TaskChoice;
import picocli.CommandLine.Option;

/** Options of commands that make or read a dataset; each one left out keeps the given default. */
public final class DataOptionsMixin {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Directory of the IDX files for fashion-mnist/mnist "
            + "(default: -D" + DataDirectory.PROPERTY + ", $" + DataDirectory.ENV + ", else /usr/share/datasets/fashion-mnist).")
    Path dataDir;

    @Option(names = "--points", paramLabel = "N", description = "Points of a synthetic 2-D set (default 500).")
    Integer points;

    @Option(names = "--noise", paramLabel = "F", description = "Noise of a synthetic set, 0–0.5 as in TensorFlow Playground (default 0).")
    Double noise;

    @Option(names = "--train-fraction", paramLabel = "F", description = "Share of a generated, Iris or CSV set used for training (default 0.5).")
    Double trainFraction;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N images of each split of an image set, "
            + "or the first N rows of a CSV file (default: all).")
    Integer limit;

    @Option(names = "--label", paramLabel = "COLUMN", description = "csv:PATH: the label column, by header name or "
            + "0-based index (default: the last column).")
    String label;

    @Option(names = "--task", paramLabel = "TASK", converter = Converters.Task.class, description = "csv:PATH: "
            + "classification, regression or auto (default auto: text labels, or at most 10 distinct integers, are classes).")
    TaskChoice task;

    @Option(names = "--features", paramLabel = "C[,C...]", split = ",", description = "csv:PATH: the feature columns, "
            + "by name or 0-based index (default: every column but the label).")
    List<String> features;

    @Option(names = "--no-header", description = "csv:PATH: the first row is data, not column names; columns are then "
            + "named by their 0-based index (default: the first row is a header).")
    boolean noHeader;

    /** {@code base} with every option the user gave. */
    public DataOptions apply(DataOptions base) {
        CsvOptions csv = base.csv();
        csv = new CsvOptions(label != null ? label : csv.label(), task != null ? task : csv.task(),
                features != null ? features : csv.features(), csv.header() && !noHeader, csv.fileDigest());
        return new DataOptions(points != null ? points : base.points(), noise != null ? noise : base.noise(),
                trainFraction != null ? trainFraction : base.trainFraction(), base.seed(),
                dataDir != null ? dataDir : base.dataDir(), limit != null ? limit : base.limit(), csv);
    }

    /** {@link #apply}, tied to the contents of {@code dataset}'s file ({@link Datasets#pin}). */
    public DataOptions forDataset(String dataset, DataOptions base) {
        return Datasets.pin(dataset, apply(base));
    }
}
