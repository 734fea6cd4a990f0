package org.activationlab.cli;

import org.activationlab.experiment.inside.DeadReluExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dead-relu", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Share of positive pre-activations and dead units, relu vs. leaky relu, normal vs. high rate (C14, C15).")
final class DeadReluCommand extends ExperimentCommand<DeadReluExperiment.Settings, DeadReluExperiment> {
    private static final DeadReluExperiment.Settings DEFAULTS = DeadReluExperiment.Settings.defaults();

    DeadReluCommand() {
        super(DEFAULTS, DeadReluExperiment::new);
    }

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET)
    String dataset = DEFAULTS.dataset();

    @Mixin
    FallbackOption fallback = new FallbackOption(DEFAULTS.fallback());

    @Mixin
    LayerOptions layers = new LayerOptions(DEFAULTS.hiddenLayers(), DEFAULTS.width());

    @Mixin
    EpochOptions training = new EpochOptions(DEFAULTS.epochs(), DEFAULTS.batchSize());

    @Option(names = "--lr", paramLabel = "RATE", description = "The normal Adam learning rate (default ${DEFAULT-VALUE}).")
    double normalRate = DEFAULTS.normalRate();

    @Option(names = "--high-lr", paramLabel = "RATE",
            description = "The too-high Adam learning rate, above --lr (default ${DEFAULT-VALUE}).")
    double highRate = DEFAULTS.highRate();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Mixin
    DataOptionsMixin dataOptions = new DataOptionsMixin(DEFAULTS.data());

    @Override
    public DeadReluExperiment.Settings settings() {
        return new DeadReluExperiment.Settings(dataset, fallback.value, dataOptions.forDataset(dataset), layers.layers,
                layers.width.value, training.epochs, training.batchSize, normalRate, highRate,
                seeds.count, seeds.first);
    }
}
