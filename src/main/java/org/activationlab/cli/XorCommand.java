package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.XorExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "xor", mixinStandardHelpOptions = true,
        description = "Perceptron vs. linear and non-linear MLPs on XOR (claims C4, C5, C6).")
final class XorCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--steps", paramLabel = "N", description = "Full-batch gradient steps per run (default ${DEFAULT-VALUE}).")
    int steps = XorExperiment.Settings.defaults().steps();

    @Override
    public Integer call() throws Exception {
        XorExperiment.Settings s = XorExperiment.Settings.defaults().withSteps(steps);
        s = s.withSeeds(common.seedsOr(s.seeds()));
        ExperimentRunner.run(new XorExperiment(s), common, System.out);
        return 0;
    }
}
