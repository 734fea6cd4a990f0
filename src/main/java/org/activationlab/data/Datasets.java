package org.activationlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every dataset by name: the one entry point the CLI, experiments and notebooks use. */
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

    /** Makes or reads dataset {@code name}; an unknown name fails with the list of known ones. */
    public static Dataset load(String name, DataOptions options) {
        for (Entry e : ENTRIES) {
            if (e.name().equals(name)) {
                return e.loader().apply(options);
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "': expected one of "
                + String.join(", ", names()));
    }
}
