package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.ManualForwardExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "manual-forward", mixinStandardHelpOptions = true,
        description = "A trained network's output recomputed by hand with mmul and exp, vs. network.output (C16).")
final class ManualForwardCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--steps", paramLabel = "N", description = "Training steps on XOR before the check (default ${DEFAULT-VALUE}).")
    int steps = ManualForwardExperiment.Settings.defaults().steps();

    @Override
    public Integer call() throws Exception {
        common.rejectSeeds("manual-forward", "it checks arithmetic on one trained network per output head");
        ManualForwardExperiment.Settings d = ManualForwardExperiment.Settings.defaults();
        var s = new ManualForwardExperiment.Settings(steps, d.learningRate(), d.gridSide(), d.seed());
        return ExperimentRunner.exitCode(ExperimentRunner.run(new ManualForwardExperiment(s), common, System.out));
    }
}
