package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.OutputsExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "outputs", mixinStandardHelpOptions = true,
        description = "Output heads per task: the article's pairing vs. an alternative, on a deep network (C1, C7, C8, C10).")
final class OutputsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        var s = OutputsExperiment.Settings.defaults();
        s = s.withSeeds(common.seedsOr(s.seeds()));
        return ExperimentRunner.exitCode(ExperimentRunner.run(new OutputsExperiment(s), common, System.out));
    }
}
