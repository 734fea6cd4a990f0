package org.activationlab.cli;

import org.activationlab.experiment.inside.OutputsExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "outputs", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Output heads per task: the article's pairing vs. an alternative, on a deep network (C1, C7, C8, C10).")
final class OutputsCommand extends ExperimentCommand<OutputsExperiment.Settings, OutputsExperiment> {
    private static final OutputsExperiment.Settings DEFAULTS = OutputsExperiment.Settings.defaults();

    OutputsCommand() {
        super(DEFAULTS, OutputsExperiment::new);
    }

    @Option(names = "--regression", paramLabel = "NAME", description = "Regression data (default ${DEFAULT-VALUE}).")
    String regression = DEFAULTS.regression();

    @Option(names = "--binary", paramLabel = "NAME", description = "Two-class data (default ${DEFAULT-VALUE}).")
    String binary = DEFAULTS.binary();

    @Option(names = "--multi-class", paramLabel = "NAME",
            description = "Data with three or more classes (default ${DEFAULT-VALUE}).")
    String multiClass = DEFAULTS.multiClass();

    @Option(names = "--layers", paramLabel = "N",
            description = "Hidden relu layers of every network (default ${DEFAULT-VALUE}: deep).")
    int layers = DEFAULTS.hiddenLayers();

    @Mixin
    WidthOption width = new WidthOption(DEFAULTS.width());

    @Mixin
    EpochOptions training = new EpochOptions(DEFAULTS.epochs(), DEFAULTS.batchSize());

    @Mixin
    LearningRateOption learningRate = new LearningRateOption(DEFAULTS.learningRate());

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Override
    public OutputsExperiment.Settings settings() {
        return new OutputsExperiment.Settings(regression, binary, multiClass, layers, width.value, training.epochs,
                training.batchSize, learningRate.value, seeds.count, seeds.first);
    }
}
