package org.activationlab.cli;

import java.util.concurrent.Callable;
import org.activationlab.experiment.inside.VanishingExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "vanishing", mixinStandardHelpOptions = true,
        description = "Deep nets per activation: weight-gradient norm per layer and saturation during training (C11).")
final class VanishingCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}; try 10).")
    int layers = VanishingExperiment.Settings.defaults().hiddenLayers();

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default ${DEFAULT-VALUE}).")
    int epochs = VanishingExperiment.Settings.defaults().epochs();

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Data (default ${DEFAULT-VALUE}; falls back to spiral when it cannot be read).")
    String dataset = VanishingExperiment.Settings.defaults().dataset();

    @Override
    public Integer call() throws Exception {
        common.rejectSeeds("vanishing", "it measures one network per activation at a fixed seed");
        var s = VanishingExperiment.Settings.defaults().withHiddenLayers(layers).withEpochs(epochs).withDataset(dataset);
        ExperimentRunner.run(new VanishingExperiment(s), common, System.out);
        return 0;
    }
}
