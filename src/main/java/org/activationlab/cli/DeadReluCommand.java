package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.DeadReluExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dead-relu", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Share of positive pre-activations and dead units, relu vs. leaky relu, normal vs. high rate (C14, C15).")
final class DeadReluCommand implements Callable<Integer> {
    private static final DeadReluExperiment.Settings DEFAULTS = DeadReluExperiment.Settings.defaults();

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET_BEFORE_LIMIT + "1000" + OptionText.DATASET_AFTER_LIMIT)
    String dataset = DEFAULTS.dataset();

    @Option(names = "--fallback", paramLabel = "NAME", description = OptionText.FALLBACK)
    String fallback = DEFAULTS.fallback();

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}).")
    int layers = DEFAULTS.hiddenLayers();

    @Option(names = "--width", paramLabel = "N", description = OptionText.WIDTH)
    int width = DEFAULTS.width();

    @Option(names = "--epochs", paramLabel = "N", description = OptionText.EPOCHS)
    int epochs = DEFAULTS.epochs();

    @Option(names = "--batch-size", paramLabel = "N", description = OptionText.BATCH_SIZE)
    int batchSize = DEFAULTS.batchSize();

    @Option(names = "--lr", paramLabel = "RATE", description = "The normal Adam learning rate (default ${DEFAULT-VALUE}).")
    double normalRate = DEFAULTS.normalRate();

    @Option(names = "--high-lr", paramLabel = "RATE",
            description = "The too-high Adam learning rate, above --lr (default ${DEFAULT-VALUE}).")
    double highRate = DEFAULTS.highRate();

    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long firstSeed = DEFAULTS.firstSeed();

    @Mixin
    DataOptionsMixin dataOptions;

    @Override
    public Integer call() throws Exception {
        var s = new DeadReluExperiment.Settings(dataset, fallback, dataOptions.forDataset(dataset, DEFAULTS.data()),
                layers, width, epochs, batchSize, normalRate, highRate, common.seedsOr(DEFAULTS.seeds()), firstSeed);
        return ExperimentRunner.exitCode(ExperimentRunner.run(new DeadReluExperiment(s), common, System.out));
    }
}
