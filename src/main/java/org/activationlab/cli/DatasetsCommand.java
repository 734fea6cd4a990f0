package org.activationlab.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the datasets, or load one and show its size, classes and provenance.")
final class DatasetsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A dataset to load (default: list them all).")
    String name;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for generation and the split (default ${DEFAULT-VALUE}).")
    long seed = DataOptions.defaults().seed();

    @Mixin
    DataOptionsMixin data;

    @Override
    public Integer call() {
        if (name == null) {
            for (Datasets.Entry e : Datasets.catalog()) {
                System.out.printf("%-14s %s%n%-14s options: %s%n", e.name(), e.description(), "", e.options());
            }
            return 0;
        }
        long start = System.nanoTime();
        Dataset d = Datasets.load(name, data.apply(DataOptions.defaults().withSeed(seed)));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %s, %d features, %d outputs; %d train / %d test examples (%.2f s)%n", d.name(),
                d.task().description(), d.numFeatures(), d.numOutputs(), d.train().numExamples(),
                d.test().numExamples(), seconds);
        if (d.task().isClassification()) {
            double[] perClass = d.train().getLabels().sum(0).toDoubleVector();
            System.out.println("training examples per class: " + Arrays.toString(perClass) + " " + d.classNames());
        }
        System.out.println("parameters: " + d.parameters());
        return 0;
    }
}
