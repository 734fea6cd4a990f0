package org.activationlab.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the datasets, or load one (a name, or csv:PATH for a CSV file) and show its size, task, "
                + "classes, split and provenance.",
                "Example: datasets csv:src/main/resources/datasets/penguins.csv --label species"})
final class DatasetsCommand implements Callable<Integer>, ConfiguredCommand<DataOptions> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A dataset to load, or csv:PATH (default: list them all).")
    String name;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for generation and the split (default ${DEFAULT-VALUE}).")
    long seed = DataOptions.defaults().seed();

    @Mixin
    DataOptionsMixin data = new DataOptionsMixin(DataOptions.defaults());

    @Override
    public Integer call() {
        if (name == null) {
            for (Datasets.Entry e : Datasets.catalog()) {
                System.out.printf("%-14s %s%n%-14s options: %s%n", e.name(), e.description(), "", e.options());
            }
            System.out.printf("%-14s %s%n%-14s options: %s%n", "csv:PATH", "any CSV file: a label column and numeric "
                    + "feature columns", "", "label, task, features, header, trainFraction, seed, limit");
            return 0;
        }
        long start = System.nanoTime();
        Dataset d = Datasets.load(name, Datasets.pin(name, settings()));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %s, %d features, %d outputs; %d train / %d test examples (%.2f s)%n", d.name(),
                d.task().description(), d.numFeatures(), d.numOutputs(), d.train().numExamples(),
                d.test().numExamples(), seconds);
        if (d.task().isClassification()) {
            printClasses(d);
        }
        System.out.println("provenance:");
        for (Map.Entry<String, Object> p : new TreeMap<>(d.parameters()).entrySet()) {
            System.out.printf("  %-16s %s%n", p.getKey(), p.getValue());
        }
        return 0;
    }

    @Override
    public DataOptions defaults() {
        return DataOptions.defaults();
    }

    /** The options a dataset is loaded with (before {@link Datasets#pin} ties them to a CSV file's contents). */
    @Override
    public DataOptions settings() {
        return data.options().withSeed(seed);
    }

    /** One row per class, in one-hot order: examples in each split. */
    private static void printClasses(Dataset d) {
        double[] train = d.train().getLabels().sum(0).toDoubleVector();
        double[] test = d.test().getLabels().sum(0).toDoubleVector();
        int width = Math.max(5, d.classNames().stream().mapToInt(String::length).max().orElse(5));
        System.out.printf("%-" + width + "s  %6s  %6s%n", "class", "train", "test");
        for (int k = 0; k < train.length; k++) {
            System.out.printf("%-" + width + "s  %6.0f  %6.0f%n", d.classNames().get(k), train[k], test[k]);
        }
    }
}
