package org.activationlab.cli;

import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.network.Activation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "representation", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Logistic regression on raw inputs vs. on an MLP's learned 2-unit hidden layer (C3).")
final class RepresentationCommand extends ExperimentCommand<RepresentationExperiment.Settings, RepresentationExperiment> {
    private static final RepresentationExperiment.Settings DEFAULTS = RepresentationExperiment.Settings.defaults();

    RepresentationCommand() {
        super(DEFAULTS, RepresentationExperiment::new);
    }

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "A two-class set: circle, xor, spiral, moons, gauss (default ${DEFAULT-VALUE}).")
    String dataset = DEFAULTS.dataset();

    @Mixin
    DataOptionsMixin dataOptions = new DataOptionsMixin(DEFAULTS.data());

    @Option(names = "--first-width", paramLabel = "N",
            description = "Nodes in the first hidden layer (default ${DEFAULT-VALUE}).")
    int firstWidth = DEFAULTS.firstWidth();

    @Option(names = "--hidden-width", paramLabel = "N",
            description = "Nodes in the last hidden layer, the learned representation; 2 to plot it "
                    + "(default ${DEFAULT-VALUE}).")
    int hiddenWidth = DEFAULTS.hiddenWidth();

    @Option(names = "--activation", paramLabel = "NAME", converter = Converters.OneActivation.class,
            description = "Hidden activation: sigmoid, tanh, relu, leakyrelu, elu, selu, gelu, swish or "
                    + "softplus (default ${DEFAULT-VALUE}).")
    Activation activation = DEFAULTS.activation();

    @Mixin
    EpochOptions training = new EpochOptions(DEFAULTS.epochs(), DEFAULTS.batchSize());

    @Option(names = "--lr", paramLabel = "RATE", description = "The MLP's Adam learning rate (default ${DEFAULT-VALUE}).")
    double learningRate = DEFAULTS.learningRate();

    @Option(names = "--regression-lr", paramLabel = "RATE",
            description = "The logistic regressions' Adam learning rate (default ${DEFAULT-VALUE}).")
    double regressionRate = DEFAULTS.regressionRate();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Override
    public RepresentationExperiment.Settings settings() {
        return new RepresentationExperiment.Settings(dataset, dataOptions.forDataset(dataset), firstWidth, hiddenWidth,
                activation, training.epochs, training.batchSize, learningRate, regressionRate,
                seeds.count, seeds.first);
    }
}
