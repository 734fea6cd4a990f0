package org.activationlab.cli;

import java.util.List;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.network.Activation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vanishing", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deep nets per activation: weight-gradient norm per layer and saturation during training (C11).")
final class VanishingCommand extends ExperimentCommand<VanishingExperiment.Settings, VanishingExperiment> {
    private static final VanishingExperiment.Settings DEFAULTS = VanishingExperiment.Settings.defaults();

    VanishingCommand() {
        super(DEFAULTS, VanishingExperiment::new);
    }

    @Option(names = "--dataset", paramLabel = "NAME",
            description = OptionText.DATASET)
    String dataset = DEFAULTS.dataset();

    @Mixin
    FallbackOption fallback = new FallbackOption(DEFAULTS.fallback());

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}; try 10).")
    int layers = DEFAULTS.hiddenLayers();

    @Mixin
    WidthOption width = new WidthOption(DEFAULTS.width());

    @Spec
    CommandSpec spec;

    @Option(names = "--activations", paramLabel = "A[,A...]", split = ",",
            description = "Hidden activations, one deep network each; sigmoid, tanh, relu and leakyrelu are always "
                    + "needed (C11 compares them), the others (elu, selu, gelu, swish, softplus, identity) are shown "
                    + "beside them; all = the nine non-linear ones (default sigmoid,tanh,relu,leakyrelu).")
    List<String> activations = DEFAULTS.activations().stream().map(Activation::id).toList();

    @Mixin
    TrainingOptions training = new TrainingOptions(DEFAULTS.epochs(), DEFAULTS.batchSize(), DEFAULTS.optimizer());

    @Mixin
    WeightInitOption weightInit = new WeightInitOption(DEFAULTS.weightInit());

    @Option(names = "--probe-size", paramLabel = "N",
            description = "Training examples the gradients and unit statistics are measured on (default ${DEFAULT-VALUE}).")
    int probeSize = DEFAULTS.probeSize();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Mixin
    DataOptionsMixin dataOptions = new DataOptionsMixin(DEFAULTS.data());

    @Override
    public VanishingExperiment.Settings settings() {
        return new VanishingExperiment.Settings(dataset, fallback.value, dataOptions.forDataset(dataset), layers,
                width.value, Converters.activations(spec, activations), training.epochs(), training.batchSize(),
                training.optimizer(), weightInit.value, probeSize, seeds.count, seeds.first);
    }
}
