package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.RepresentationExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "representation", mixinStandardHelpOptions = true,
        description = "Logistic regression on raw inputs vs. on an MLP's learned 2-unit hidden layer (C3).")
final class RepresentationCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "A two-class 2-D set: circle, xor, spiral, moons, gauss (default ${DEFAULT-VALUE}).")
    String dataset = RepresentationExperiment.Settings.defaults().dataset();

    @Override
    public Integer call() throws Exception {
        var s = RepresentationExperiment.Settings.defaults().withDataset(dataset);
        s = s.withSeeds(common.seedsOr(s.seeds()));
        return ExperimentRunner.exitCode(ExperimentRunner.run(new RepresentationExperiment(s), common, System.out));
    }
}
