package org.activationlab.cli;

import org.activationlab.experiment.XorExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "xor", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Perceptron vs. linear and non-linear MLPs on XOR (claims C4, C5, C6).")
final class XorCommand extends ExperimentCommand<XorExperiment.Settings, XorExperiment> {
    private static final XorExperiment.Settings DEFAULTS = XorExperiment.Settings.defaults();

    XorCommand() {
        super(DEFAULTS, XorExperiment::new);
    }

    @Option(names = "--steps", paramLabel = "N", description = "Full-batch gradient steps per run (default ${DEFAULT-VALUE}).")
    int steps = DEFAULTS.steps();

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double learningRate = DEFAULTS.learningRate();

    @Option(names = "--width", paramLabel = "N", description = "Nodes in each hidden layer (default ${DEFAULT-VALUE}).")
    int width = DEFAULTS.hiddenWidth();

    @Option(names = "--max-linear-depth", paramLabel = "N",
            description = "Deepest stack of linear (identity) hidden layers tried, 1 to N (default ${DEFAULT-VALUE}).")
    int maxLinearDepth = DEFAULTS.maxLinearDepth();

    @Option(names = "--check-every", paramLabel = "N",
            description = "Steps between checks of \"solved\" (default ${DEFAULT-VALUE}).")
    int checkEvery = DEFAULTS.checkEvery();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Override
    public XorExperiment.Settings settings() {
        return new XorExperiment.Settings(seeds.count, seeds.first, steps, learningRate, width,
                maxLinearDepth, checkEvery);
    }
}
