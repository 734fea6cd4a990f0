package org.activationlab.cli;

import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.network.Activation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "overfitting", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A wide net on a small training set: no regularisation vs L2, dropout and early stopping on "
                + "a validation split (C18).")
final class OverfittingCommand extends ExperimentCommand<OverfittingExperiment.Settings, OverfittingExperiment> {
    private static final OverfittingExperiment.Settings DEFAULTS = OverfittingExperiment.Settings.defaults();

    OverfittingCommand() {
        super(DEFAULTS, OverfittingExperiment::new);
    }

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET + " A small set over-fits; a generated one (the fallback, or e.g. "
                    + "--dataset moons) is made with --noise.")
    String dataset = DEFAULTS.dataset();

    @Mixin
    FallbackOption fallback = new FallbackOption(DEFAULTS.fallback());

    @Mixin
    LayerOptions layers = new LayerOptions(DEFAULTS.hiddenLayers(), DEFAULTS.width());

    @Option(names = "--activation", paramLabel = "NAME", converter = Converters.OneActivation.class,
            description = "Hidden activation (default ${DEFAULT-VALUE}).")
    Activation activation = DEFAULTS.activation();

    @Mixin
    TrainingOptions training = new TrainingOptions(DEFAULTS.epochs(), DEFAULTS.batchSize(), DEFAULTS.optimizer());

    @Option(names = "--l2", paramLabel = "PENALTY",
            description = "The L2 remedy's weight penalty, DL4J's l2 (default ${DEFAULT-VALUE}).")
    double l2 = DEFAULTS.l2();

    @Option(names = "--dropout", paramLabel = "P",
            description = "The dropout remedy's drop probability per hidden layer (default ${DEFAULT-VALUE}).")
    double dropout = DEFAULTS.dropout();

    @Option(names = "--validation", paramLabel = "FRACTION",
            description = "Share of the training examples held out for validation in every run (default ${DEFAULT-VALUE}).")
    double validation = DEFAULTS.validationFraction();

    @Option(names = "--patience", paramLabel = "N",
            description = "Early stopping: epochs without a lower validation loss before it stops (default ${DEFAULT-VALUE}).")
    int patience = DEFAULTS.patience();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Mixin
    DataOptionsMixin dataOptions = new DataOptionsMixin(DEFAULTS.data());

    @Override
    public OverfittingExperiment.Settings settings() {
        return new OverfittingExperiment.Settings(dataset, fallback.value, dataOptions.forDataset(dataset),
                layers.layers, layers.width.value, activation, training.epochs(), training.batchSize(),
                training.optimizer(), l2, dropout, validation, patience, seeds.count, seeds.first);
    }
}
