package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "vanishing", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deep nets per activation: weight-gradient norm per layer and saturation during training (C11).")
final class VanishingCommand implements Callable<Integer> {
    private static final VanishingExperiment.Settings DEFAULTS = VanishingExperiment.Settings.defaults();

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET_OR_FALLBACK)
    String dataset = DEFAULTS.dataset();

    @Option(names = "--fallback", paramLabel = "NAME",
            description = OptionText.FALLBACK)
    String fallback = DEFAULTS.fallback();

    @Option(names = "--limit", paramLabel = "N",
            description = OptionText.LIMIT)
    int limit = DEFAULTS.limit();

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}; try 10).")
    int layers = DEFAULTS.hiddenLayers();

    @Option(names = "--width", paramLabel = "N", description = OptionText.WIDTH)
    int width = DEFAULTS.width();

    @Option(names = "--epochs", paramLabel = "N", description = OptionText.EPOCHS)
    int epochs = DEFAULTS.epochs();

    @Option(names = "--batch-size", paramLabel = "N", description = OptionText.BATCH_SIZE)
    int batchSize = DEFAULTS.batchSize();

    @Option(names = "--optimizer", paramLabel = "KIND", converter = CompareCommand.OptimizerKindConverter.class,
            description = OptionText.OPTIMIZER)
    Optimizer.Kind optimizer = DEFAULTS.optimizer().kind();

    @Option(names = "--lr", paramLabel = "RATE", description = OptionText.LEARNING_RATE)
    double learningRate = DEFAULTS.optimizer().learningRate();

    @Option(names = "--weight-init", paramLabel = "SCHEME", converter = CompareCommand.WeightInitConverter.class,
            description = OptionText.WEIGHT_INIT)
    WeightInitChoice weightInit = DEFAULTS.weightInit();

    @Option(names = "--probe-size", paramLabel = "N",
            description = "Training examples the gradients and unit statistics are measured on (default ${DEFAULT-VALUE}).")
    int probeSize = DEFAULTS.probeSize();

    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long firstSeed = DEFAULTS.firstSeed();

    @Override
    public Integer call() throws Exception {
        var s = new VanishingExperiment.Settings(dataset, fallback, limit, layers, width, epochs, batchSize,
                new Optimizer(optimizer, learningRate), weightInit, probeSize, common.seedsOr(DEFAULTS.seeds()),
                firstSeed);
        return ExperimentRunner.exitCode(ExperimentRunner.run(new VanishingExperiment(s), common, System.out));
    }
}
