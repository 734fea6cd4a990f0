package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.CurvesExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Activation curves f(z), f'(z): ranges, mean outputs, largest slopes; DL4J vs. by hand (C9, C12, C13, C16).")
final class CurvesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--shift", paramLabel = "MEAN",
            description = "Mean of the shifted input sample z ~ N(MEAN, 1) (default ${DEFAULT-VALUE}).")
    double shift = CurvesExperiment.Settings.defaults().shift();

    @Override
    public Integer call() throws Exception {
        common.rejectSeeds("curves", "the curves are computed, not trained");
        CurvesExperiment.Settings d = CurvesExperiment.Settings.defaults();
        CurvesExperiment.Settings s = new CurvesExperiment.Settings(d.zMin(), d.zMax(), d.gridPoints(), d.samples(),
                shift, d.leakySlope(), d.seed());
        return ExperimentRunner.exitCode(ExperimentRunner.run(new CurvesExperiment(s), common, System.out));
    }
}
