package org.activationlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vanishing", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deep nets per activation: weight-gradient norm per layer and saturation during training (C11).")
final class VanishingCommand implements Callable<Integer> {
    private static final VanishingExperiment.Settings DEFAULTS = VanishingExperiment.Settings.defaults();

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET_BEFORE_LIMIT + "1000" + OptionText.DATASET_AFTER_LIMIT)
    String dataset = DEFAULTS.dataset();

    @Option(names = "--fallback", paramLabel = "NAME",
            description = OptionText.FALLBACK)
    String fallback = DEFAULTS.fallback();

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}; try 10).")
    int layers = DEFAULTS.hiddenLayers();

    @Option(names = "--width", paramLabel = "N", description = OptionText.WIDTH)
    int width = DEFAULTS.width();

    @Spec
    CommandSpec spec;

    @Option(names = "--activations", paramLabel = "A[,A...]", split = ",",
            description = "Hidden activations, one deep network each; sigmoid, tanh, relu and leakyrelu are always "
                    + "needed (C11 compares them), the others (elu, selu, gelu, swish, softplus, identity) are shown "
                    + "beside them; all = the nine non-linear ones (default sigmoid,tanh,relu,leakyrelu).")
    List<String> activations = DEFAULTS.activations().stream().map(Activation::id).toList();

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

    @Mixin
    DataOptionsMixin dataOptions;

    @Override
    public Integer call() throws Exception {
        var s = new VanishingExperiment.Settings(dataset, fallback, dataOptions.forDataset(dataset, DEFAULTS.data()),
                layers, width, CompareCommand.parseActivations(spec, activations), epochs, batchSize,
                new Optimizer(optimizer, learningRate), weightInit, probeSize, common.seedsOr(DEFAULTS.seeds()),
                firstSeed);
        return ExperimentRunner.exitCode(ExperimentRunner.run(new VanishingExperiment(s), common, System.out));
    }
}
