package org.activationlab.cli;

import java.util.List;
import org.activationlab.experiment.CompareExperiment;
import org.activationlab.experiment.CompareExperiment.PairComparison;
import org.activationlab.experiment.CompareExperiment.Settings;
import org.activationlab.experiment.CompareResult;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.network.Activation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Activation showdown: networks that differ only in their hidden activation, trained on the same "
                + "data in the same order over several seeds, compared with Welch's t-test (claims C12, C13, C15).",
                "Example: compare --dataset fashion-mnist --hidden 100 --activations relu,tanh --seeds 5 --epochs 10",
                "         compare --activations all --seeds 3"})
final class CompareCommand extends ExperimentCommand<Settings, CompareExperiment> {
    private static final Settings DEFAULTS = Settings.defaults();

    CompareCommand() {
        super(DEFAULTS, CompareExperiment::new);
    }

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Dataset: ${COMPLETION-CANDIDATES}, or csv:PATH for a CSV file (see --label) "
                    + "(default ${DEFAULT-VALUE}: built in, no download).",
            completionCandidates = Converters.DatasetNames.class)
    String dataset = DEFAULTS.dataset();

    @Option(names = "--hidden", paramLabel = "W[,W...]", split = ",",
            description = "Hidden-layer widths, first to last (default 8,8).")
    List<Integer> hidden = DEFAULTS.hidden();

    @Spec
    CommandSpec spec;

    @Option(names = "--activations", paramLabel = "A[,A...]", split = ",",
            description = "Hidden activations to compare: sigmoid, tanh, relu, leakyrelu, elu, selu, gelu, swish "
                    + "(or silu), softplus, identity; all = the nine non-linear ones, identity left out "
                    + "(default sigmoid,tanh,relu,leakyrelu, the article's four).")
    List<String> activations = DEFAULTS.activations().stream().map(Activation::id).toList();

    @Mixin
    TrainingOptions training = new TrainingOptions(DEFAULTS.epochs(), DEFAULTS.batchSize(), DEFAULTS.optimizer());

    @Option(names = "--l2", paramLabel = "PENALTY", description = "L2 weight penalty (default ${DEFAULT-VALUE}).")
    double l2 = DEFAULTS.l2();

    @Mixin
    WeightInitOption weightInit = new WeightInitOption(DEFAULTS.weightInit());

    @Option(names = "--target", paramLabel = "VALUE",
            description = "Test accuracy (classification) or R² (regression) counted as \"trained\" for epochs/seconds to "
                    + "target (default ${DEFAULT-VALUE}).")
    double target = DEFAULTS.target();

    @Mixin
    SeedOptions seeds = new SeedOptions(DEFAULTS);

    @Mixin
    DataOptionsMixin dataOptions = new DataOptionsMixin(DEFAULTS.data());

    @Override
    public Integer call() throws Exception {
        ExperimentResult<CompareResult> result = ExperimentRunner.run(experiment(), common, System.out);
        List<PairComparison> comparisons = result.findings().comparisons();
        if (!comparisons.isEmpty()) {
            System.out.println();
            System.out.println("== pairwise Welch t-tests (alpha 0.05)");
            System.out.print(CompareExperiment.comparisonTable(comparisons).render());
        }
        return ExperimentRunner.exitCode(result);
    }

    @Override
    public Settings settings() {
        return new Settings(dataset, dataOptions.forDataset(dataset), hidden, Converters.activations(spec, activations),
                seeds.count, seeds.first, training.epochs(), training.batchSize(),
                training.optimizer(), l2, weightInit.value, target);
    }
}
