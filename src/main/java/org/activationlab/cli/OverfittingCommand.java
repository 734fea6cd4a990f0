package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "overfitting", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A wide net on a small training set: no regularisation vs L2, dropout and early stopping on "
                + "a validation split (C18).")
final class OverfittingCommand implements Callable<Integer> {
    private static final OverfittingExperiment.Settings DEFAULTS = OverfittingExperiment.Settings.defaults();

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Data, a name or csv:PATH (default ${DEFAULT-VALUE}; falls back to --fallback when it cannot be read).")
    String dataset = DEFAULTS.dataset();

    @Option(names = "--fallback", paramLabel = "NAME",
            description = "Built-in data used when --dataset cannot be read (default ${DEFAULT-VALUE}).")
    String fallback = DEFAULTS.fallback();

    @Option(names = "--noise", paramLabel = "FRACTION",
            description = "Noise of a generated set (the fallback, or e.g. --dataset moons), 0-0.5 (default ${DEFAULT-VALUE}).")
    double noise = DEFAULTS.noise();

    @Option(names = "--limit", paramLabel = "N",
            description = "Examples of --dataset per split, 0 for all: a small set over-fits (default ${DEFAULT-VALUE}).")
    int limit = DEFAULTS.limit();

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}).")
    int layers = DEFAULTS.hiddenLayers();

    @Option(names = "--width", paramLabel = "N", description = "Nodes per hidden layer (default ${DEFAULT-VALUE}).")
    int width = DEFAULTS.width();

    @Option(names = "--activation", paramLabel = "NAME", converter = RepresentationCommand.ActivationConverter.class,
            description = "Hidden activation (default ${DEFAULT-VALUE}).")
    Activation activation = DEFAULTS.activation();

    @Option(names = "--epochs", paramLabel = "N", description = OptionText.EPOCHS)
    int epochs = DEFAULTS.epochs();

    @Option(names = "--batch-size", paramLabel = "N", description = OptionText.BATCH_SIZE)
    int batchSize = DEFAULTS.batchSize();

    @Option(names = "--optimizer", paramLabel = "KIND", converter = CompareCommand.OptimizerKindConverter.class,
            description = OptionText.OPTIMIZER)
    Optimizer.Kind optimizer = DEFAULTS.optimizer().kind();

    @Option(names = "--lr", paramLabel = "RATE", description = OptionText.LEARNING_RATE)
    double learningRate = DEFAULTS.optimizer().learningRate();

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

    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long firstSeed = DEFAULTS.firstSeed();

    @Override
    public Integer call() throws Exception {
        var s = new OverfittingExperiment.Settings(dataset, fallback, noise, limit, layers, width, activation, epochs,
                batchSize, new Optimizer(optimizer, learningRate), l2, dropout, validation, patience,
                common.seedsOr(DEFAULTS.seeds()), firstSeed);
        return ExperimentRunner.exitCode(ExperimentRunner.run(new OverfittingExperiment(s), common, System.out));
    }
}
