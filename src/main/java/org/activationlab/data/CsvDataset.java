package org.activationlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A CSV file as a {@link Dataset}: {@code csv:PATH}, and the Palmer penguins shipped with the project.
 *
 * <p>Class labels become one-hot columns in {@link CsvLabels#classNames} order; the split is stratified by
 * class (one stratum for regression) and seeded; features are standardised with the training split's mean
 * and standard deviation, as for Iris, and so are regression targets. The provenance records the file's size and SHA-256, the columns, the
 * task and why it was chosen, and the class order.
 */
public final class CsvDataset {
    /** The prefix of a CSV file's dataset name: {@code csv:data/my.csv}. */
    public static final String PREFIX = "csv:";
    /** The shipped Palmer penguins file (see {@code datasets/README.md} beside it), by its classpath name. */
    static final String PENGUINS = "datasets/penguins.csv";
    static final String PENGUINS_LABEL = "species";

    private CsvDataset() {
    }

    /** Reads {@code file} as {@code options.csv()} says, split and scaled as the other options say. */
    public static Dataset load(Path file, DataOptions options) {
        CsvOptions csv = options.csv();
        byte[] bytes = CsvReader.bytesOf(file);
        String sha256 = CsvReader.sha256(bytes);
        if (csv.fileDigest() != null && !csv.fileDigest().equals(sha256)) {
            throw new DataFileException(file, "has changed since this run was planned (SHA-256 " + sha256
                    + ", expected " + csv.fileDigest() + "): restore that file, or start a new run without --resume");
        }
        CsvTable table = CsvReader.read(file, bytes, csv, options.limit());
        return build(PREFIX + file, table, csv.task(), options, new Source("the CSV file " + file.toAbsolutePath(),
                bytes.length, sha256));
    }

    /** The Palmer penguins: 342 birds, 4 measurements, 3 species (label {@value #PENGUINS_LABEL}). */
    public static Dataset penguins(DataOptions options) {
        byte[] bytes;
        try (InputStream in = CsvDataset.class.getClassLoader().getResourceAsStream(PENGUINS)) {
            if (in == null) {
                throw new IllegalStateException("the penguins data '" + PENGUINS + "' is not on the classpath: rebuild "
                        + "with `mvn package`");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PENGUINS, e);
        }
        CsvOptions csv = CsvOptions.DEFAULTS.withLabel(PENGUINS_LABEL);
        CsvTable table = CsvReader.read(Path.of(PENGUINS), bytes, csv, options.limit());
        return build("penguins", table, csv.task(), options, new Source("Palmer penguins (Gorman, Williams & Fraser "
                + "2014; R package palmerpenguins, CC0), shipped as " + PENGUINS, bytes.length, CsvReader.sha256(bytes)));
    }

    /** SHA-256 of {@code file}, for {@link CsvOptions#fileDigest}. */
    static String digest(Path file) {
        return CsvReader.digest(file);
    }

    /** Where the rows came from, for provenance. */
    private record Source(String description, long bytes, String sha256) {
    }

    private static Dataset build(String name, CsvTable table, TaskChoice choice, DataOptions options, Source source) {
        CsvLabels labels = CsvLabels.of(table, choice);
        int n = table.rows();
        int width = table.featureNames().size();
        INDArray features = Nd4j.create(table.features(), new long[]{n, width}, 'c');
        INDArray targets = Nd4j.create(targets(labels, n), new long[]{n, outputs(labels)}, 'c');
        Split split = Split.stratified(labels.classOf(), options.trainFraction(), new Random(options.seed()));
        if (split.train().length == 0 || split.test().length == 0) {
            throw new DataFileException(table.file(), n + " rows leave the " + (split.test().length == 0 ? "test" : "training")
                    + " split empty at train fraction " + options.trainFraction() + ": add rows or change --train-fraction");
        }
        DataSet train = split.trainOf(features, targets);
        DataSet test = split.testOf(features, targets);
        Map<String, Object> provenance = provenance(table, labels, split, options, source);
        if (labels.task().isClassification()) {
            Standardisation.fitOnTraining(train, test);
        } else {
            // Targets such as grams or prices would start the identity head thousands off: scale them like features.
            double[] meanStd = Standardisation.fitWithTargets(train, test);
            provenance.put("label_scaling", String.format(Locale.ROOT, "standardised with the training split's mean "
                    + "%.6g and standard deviation %.6g (R² unchanged; y = mean + std × output)", meanStd[0], meanStd[1]));
        }
        return new Dataset(name, labels.task(), train, test, labels.classNames(), provenance);
    }

    private static int outputs(CsvLabels labels) {
        return labels.task().isClassification() ? labels.classNames().size() : 1;
    }

    private static float[] targets(CsvLabels labels, int n) {
        if (!labels.task().isClassification()) {
            return labels.values();
        }
        int k = labels.classNames().size();
        float[] oneHot = new float[n * k];
        for (int i = 0; i < n; i++) {
            oneHot[i * k + labels.classOf()[i]] = 1;
        }
        return oneHot;
    }

    private static Map<String, Object> provenance(CsvTable table, CsvLabels labels, Split split, DataOptions options,
                                                  Source source) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("source", source.description());
        p.put("file_bytes", source.bytes());
        p.put("file_sha256", source.sha256());
        p.put("rows", table.rows());
        p.put("limit", options.limit());
        p.put("label", table.labelName());
        p.put("features", table.featureNames());
        p.put("header", options.csv().header());
        p.put("task", labels.task().description() + " (" + labels.reason() + ")");
        if (labels.task().isClassification()) {
            p.put("class_order", labels.classNames());
            p.put("class_counts", Arrays.stream(labels.counts()).boxed().toList());
        }
        p.put("train_fraction", options.trainFraction());
        p.put("seed", options.seed());
        p.put("split", split.train().length + " train / " + split.test().length + " test"
                + (labels.task().isClassification() ? ", stratified by class" : ""));
        p.put("feature_scaling", Standardisation.DESCRIPTION);
        return p;
    }

    /** {@code true} for a {@code csv:PATH} dataset name. */
    static boolean isCsv(String name) {
        return name.startsWith(PREFIX);
    }

    /** The path of a {@code csv:PATH} name. */
    static Path pathOf(String name) {
        String path = name.substring(PREFIX.length());
        if (path.isBlank()) {
            throw new IllegalArgumentException("dataset 'csv:': expected csv:PATH, the path of a CSV file");
        }
        return Path.of(path);
    }
}
