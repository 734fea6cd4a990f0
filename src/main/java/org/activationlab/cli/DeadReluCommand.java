package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.DeadReluExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dead-relu", mixinStandardHelpOptions = true,
        description = "Share of positive pre-activations and dead units, relu vs. leaky relu, normal vs. high rate (C14, C15).")
final class DeadReluCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Data (default ${DEFAULT-VALUE}; falls back to spiral when it cannot be read).")
    String dataset = DeadReluExperiment.Settings.defaults().dataset();

    @Override
    public Integer call() throws Exception {
        var s = DeadReluExperiment.Settings.defaults().withDataset(dataset);
        s = s.withSeeds(common.seedsOr(s.seeds()));
        return ExperimentRunner.exitCode(ExperimentRunner.run(new DeadReluExperiment(s), common, System.out));
    }
}
