package org.activationlab.cli;

import org.activationlab.experiment.inside.ManualForwardExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "manual-forward", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A trained network's output recomputed by hand with mmul and exp, vs. network.output (C16).")
final class ManualForwardCommand extends ExperimentCommand<ManualForwardExperiment.Settings, ManualForwardExperiment> {
    private static final ManualForwardExperiment.Settings DEFAULTS = ManualForwardExperiment.Settings.defaults();

    ManualForwardCommand() {
        super(DEFAULTS, ManualForwardExperiment::new);
    }

    @Option(names = "--steps", paramLabel = "N", description = "Training steps on XOR before the check (default ${DEFAULT-VALUE}).")
    int steps = DEFAULTS.steps();

    @Mixin
    LearningRateOption learningRate = new LearningRateOption(DEFAULTS.learningRate());

    @Option(names = "--grid-side", paramLabel = "N",
            description = "Outputs are compared on an N × N grid over [-0.5, 1.5]² and the 4 points (default ${DEFAULT-VALUE}).")
    int gridSide = DEFAULTS.gridSide();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Override
    public ManualForwardExperiment.Settings settings() {
        return new ManualForwardExperiment.Settings(steps, learningRate.value, gridSide,
                seeds.count, seeds.first);
    }
}
