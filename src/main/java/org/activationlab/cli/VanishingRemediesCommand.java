package org.activationlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vanishing-remedies", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deep nets: naive vs Xavier/He initialisation, with/without batch norm, sigmoid/tanh vs ReLU; "
                + "first-layer gradient, weight change and accuracy, Welch's t-test per remedy (C17).")
final class VanishingRemediesCommand implements Callable<Integer> {
    private static final VanishingRemediesExperiment.Settings DEFAULTS = VanishingRemediesExperiment.Settings.defaults();

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET_BEFORE_LIMIT + "300" + OptionText.DATASET_AFTER_LIMIT)
    String dataset = DEFAULTS.dataset();

    @Option(names = "--fallback", paramLabel = "NAME",
            description = "Built-in data used when --dataset cannot be read (default ${DEFAULT-VALUE}).")
    String fallback = DEFAULTS.fallback();

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}).")
    int layers = DEFAULTS.hiddenLayers();

    @Option(names = "--width", paramLabel = "N", description = "Nodes per hidden layer (default ${DEFAULT-VALUE}).")
    int width = DEFAULTS.width();

    @Spec
    CommandSpec spec;

    @Option(names = "--activations", paramLabel = "A[,A...]", split = ",",
            description = "Hidden activations (as for compare); relu and leakyrelu are also compared with "
                    + "sigmoid/tanh as a remedy (default sigmoid,tanh,relu).")
    List<String> activations = DEFAULTS.activations().stream().map(Activation::id).toList();

    @Option(names = "--baseline-init", paramLabel = "SCHEME", converter = CompareCommand.WeightInitConverter.class,
            description = "Initialisation the remedies are compared with: naive_normal N(0, 0.01²), or standard "
                    + "U[-1/√fan-in, 1/√fan-in] as in Glorot & Bengio 2010 (default ${DEFAULT-VALUE}).")
    WeightInitChoice baselineInit = DEFAULTS.baselineInit();

    @Option(names = "--inits", paramLabel = "S[,S...]", split = ",", converter = CompareCommand.WeightInitConverter.class,
            description = "Initialisations tried as remedies (default xavier,he).")
    List<WeightInitChoice> inits = DEFAULTS.remedyInits();

    @Option(names = "--epochs", paramLabel = "N", description = OptionText.EPOCHS)
    int epochs = DEFAULTS.epochs();

    @Option(names = "--batch-size", paramLabel = "N", description = OptionText.BATCH_SIZE)
    int batchSize = DEFAULTS.batchSize();

    @Option(names = "--optimizer", paramLabel = "KIND", converter = CompareCommand.OptimizerKindConverter.class,
            description = OptionText.OPTIMIZER)
    Optimizer.Kind optimizer = DEFAULTS.optimizer().kind();

    @Option(names = "--lr", paramLabel = "RATE", description = OptionText.LEARNING_RATE)
    double learningRate = DEFAULTS.optimizer().learningRate();

    @Option(names = "--target-share", paramLabel = "SHARE",
            description = "Epochs to target count until the test accuracy is this share of the way from chance "
                    + "(1/classes) to 1 (default ${DEFAULT-VALUE}: 0.55 for 10 classes).")
    double targetShare = DEFAULTS.targetShare();

    @Option(names = "--probe-size", paramLabel = "N",
            description = "Training examples the gradients are measured on (default ${DEFAULT-VALUE}).")
    int probeSize = DEFAULTS.probeSize();

    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long firstSeed = DEFAULTS.firstSeed();

    @Mixin
    DataOptionsMixin dataOptions;

    @Override
    public Integer call() throws Exception {
        var s = new VanishingRemediesExperiment.Settings(dataset, fallback,
                dataOptions.forDataset(dataset, DEFAULTS.data()), layers, width,
                CompareCommand.parseActivations(spec, activations),
                baselineInit, inits, epochs, batchSize, new Optimizer(optimizer, learningRate), targetShare, probeSize,
                common.seedsOr(DEFAULTS.seeds()), firstSeed);
        return ExperimentRunner.exitCode(ExperimentRunner.run(new VanishingRemediesExperiment(s), common, System.out));
    }
}
