package org.activationlab.cli;

import java.util.List;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;
import org.activationlab.network.Activation;
import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vanishing-remedies", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deep nets: naive vs Xavier/He initialisation, with/without batch norm, sigmoid/tanh vs ReLU; "
                + "first-layer gradient, weight change and accuracy, Welch's t-test per remedy (C17).")
final class VanishingRemediesCommand extends ExperimentCommand<VanishingRemediesExperiment.Settings, VanishingRemediesExperiment> {
    private static final VanishingRemediesExperiment.Settings DEFAULTS = VanishingRemediesExperiment.Settings.defaults();

    VanishingRemediesCommand() {
        super(DEFAULTS, VanishingRemediesExperiment::new);
    }

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET)
    String dataset = DEFAULTS.dataset();

    @Mixin
    FallbackOption fallback = new FallbackOption(DEFAULTS.fallback());

    @Mixin
    LayerOptions layers = new LayerOptions(DEFAULTS.hiddenLayers(), DEFAULTS.width());

    @Spec
    CommandSpec spec;

    @Option(names = "--activations", paramLabel = "A[,A...]", split = ",",
            description = "Hidden activations (as for compare); relu and leakyrelu are also compared with "
                    + "sigmoid/tanh as a remedy (default sigmoid,tanh,relu).")
    List<String> activations = DEFAULTS.activations().stream().map(Activation::id).toList();

    @Option(names = "--baseline-init", paramLabel = "SCHEME", converter = Converters.WeightInit.class,
            description = "Initialisation the remedies are compared with: naive_normal N(0, 0.01²), or standard "
                    + "U[-1/√fan-in, 1/√fan-in] as in Glorot & Bengio 2010 (default ${DEFAULT-VALUE}).")
    WeightInitChoice baselineInit = DEFAULTS.baselineInit();

    @Option(names = "--inits", paramLabel = "S[,S...]", split = ",", converter = Converters.WeightInit.class,
            description = "Initialisations tried as remedies (default xavier,he).")
    List<WeightInitChoice> inits = DEFAULTS.remedyInits();

    @Mixin
    TrainingOptions training = new TrainingOptions(DEFAULTS.epochs(), DEFAULTS.batchSize(), DEFAULTS.optimizer());

    @Option(names = "--target-share", paramLabel = "SHARE",
            description = "Epochs to target count until the test accuracy is this share of the way from chance "
                    + "(1/classes) to 1 (default ${DEFAULT-VALUE}: 0.55 for 10 classes).")
    double targetShare = DEFAULTS.targetShare();

    @Option(names = "--probe-size", paramLabel = "N",
            description = "Training examples the gradients are measured on (default ${DEFAULT-VALUE}).")
    int probeSize = DEFAULTS.probeSize();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Mixin
    DataOptionsMixin dataOptions = new DataOptionsMixin(DEFAULTS.data());

    @Override
    public VanishingRemediesExperiment.Settings settings() {
        return new VanishingRemediesExperiment.Settings(dataset, fallback.value, dataOptions.forDataset(dataset),
                layers.layers, layers.width.value, Converters.activations(spec, activations), baselineInit, inits,
                training.epochs(), training.batchSize(), training.optimizer(), targetShare, probeSize,
                seeds.count, seeds.first);
    }
}
