package org.activationlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every dataset by name: the one entry point the CLI, experiments and notebooks use. Besides the names in
 * {@link #catalog}, {@code csv:PATH} reads any CSV file ({@link CsvDataset}, options in {@link CsvOptions}).
 */
public final class Datasets {
    private static final String GENERATED = "points, noise, trainFraction, seed";
    private static final String FILES = "dataDir, limit";
    private static final List<Entry> ENTRIES = entries();

    /**
     * One dataset the registry knows.
     *
     * @param name        the name {@link #load} takes
     * @param description what it is and where it comes from
     * @param options     the {@link DataOptions} fields it uses
     */
    public record Entry(String name, String description, String options, Function<DataOptions, Dataset> loader) {
    }

    private Datasets() {
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("xor-4", "the four points of XOR; train = test", "none", o -> XorPoints.dataset()));
        entries.add(new Entry("xor-4-regression", "the four points of XOR, label 0/1 as a number (regression)",
                "none", o -> XorPoints.regression()));
        for (SyntheticSet s : SyntheticSet.values()) {
            entries.add(new Entry(s.id(), s.description(), GENERATED, s::make));
        }
        entries.add(new Entry("iris", "Fisher's Iris: 150 flowers, 4 measurements, 3 species (bundled in DL4J)",
                "trainFraction, seed", Iris::dataset));
        entries.add(new Entry("penguins", "Palmer penguins: 342 birds, 4 measurements, 3 species (CC0, shipped as "
                + "a CSV file: " + CsvDataset.PENGUINS + ")", "trainFraction, seed", CsvDataset::penguins));
        entries.add(new Entry("fashion-mnist", "Fashion-MNIST: 60,000 + 10,000 28×28 clothing images, 10 classes "
                + "(IDX files, default " + DataDirectory.DEFAULT + ")", FILES, ImageFiles::fashionMnist));
        entries.add(new Entry("mnist", "MNIST digits: the same four IDX file names in a directory you give",
                FILES, ImageFiles::mnist));
        return List.copyOf(entries);
    }

    /** Every dataset with its description, in listing order. */
    public static List<Entry> catalog() {
        return ENTRIES;
    }

    /** The names {@link #load} accepts. */
    public static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /** Makes or reads dataset {@code name} (or {@code csv:PATH}); an unknown name fails with the known ones. */
    public static Dataset load(String name, DataOptions options) {
        if (CsvDataset.isCsv(name)) {
            return CsvDataset.load(CsvDataset.pathOf(name), options);
        }
        for (Entry e : ENTRIES) {
            if (e.name().equals(name)) {
                return e.loader().apply(options);
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "': expected one of "
                + String.join(", ", names()) + ", or csv:PATH");
    }

    /**
     * {@code options} tied to the contents of dataset {@code name}'s file: for {@code csv:PATH}, the file's
     * SHA-256 goes into {@link CsvOptions#fileDigest}, so a sweep cell's identity changes with the file and
     * loading refuses a file that changed since; other datasets' options are returned unchanged.
     */
    public static DataOptions pin(String name, DataOptions options) {
        if (!CsvDataset.isCsv(name) || options.csv().fileDigest() != null) {
            return options;
        }
        return options.withCsv(options.csv().withFileDigest(CsvDataset.digest(CsvDataset.pathOf(name))));
    }
}
