package org.activationlab.cli;

import java.nio.file.Path;
import org.activationlab.data.DataDirectory;
import org.activationlab.data.DataOptions;
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

    @Option(names = "--train-fraction", paramLabel = "F", description = "Share of a generated set or Iris used for training (default 0.5).")
    Double trainFraction;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N images of each split of an image set (default: all).")
    Integer limit;

    /** {@code base} with every option the user gave. */
    public DataOptions apply(DataOptions base) {
        return new DataOptions(points != null ? points : base.points(), noise != null ? noise : base.noise(),
                trainFraction != null ? trainFraction : base.trainFraction(), base.seed(),
                dataDir != null ? dataDir : base.dataDir(), limit != null ? limit : base.limit());
    }
}
