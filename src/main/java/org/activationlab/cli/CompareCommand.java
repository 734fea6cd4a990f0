package org.activationlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.activationlab.data.Datasets;
import org.activationlab.experiment.CompareExperiment;
import org.activationlab.experiment.CompareExperiment.PairComparison;
import org.activationlab.experiment.CompareExperiment.Settings;
import org.activationlab.experiment.CompareResult;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Activation showdown: networks that differ only in their hidden activation, trained on the same "
                + "data in the same order over several seeds, compared with Welch's t-test (claims C12, C13, C15).",
                "Example: compare --dataset fashion-mnist --hidden 100 --activations relu,tanh --seeds 5 --epochs 10",
                "         compare --activations all --seeds 3"})
final class CompareCommand implements Callable<Integer> {
    private static final Settings DEFAULTS = Settings.defaults();

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Dataset: ${COMPLETION-CANDIDATES}, or csv:PATH for a CSV file (see --label) "
                    + "(default ${DEFAULT-VALUE}: built in, no download).",
            completionCandidates = DatasetNames.class)
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

    @Option(names = "--epochs", paramLabel = "N", description = OptionText.EPOCHS)
    int epochs = DEFAULTS.epochs();

    @Option(names = "--batch-size", paramLabel = "N", description = OptionText.BATCH_SIZE)
    int batchSize = DEFAULTS.batchSize();

    @Option(names = "--optimizer", paramLabel = "KIND", converter = OptimizerKindConverter.class,
            description = OptionText.OPTIMIZER)
    Optimizer.Kind optimizer = DEFAULTS.optimizer().kind();

    @Option(names = "--lr", paramLabel = "RATE", description = OptionText.LEARNING_RATE)
    double learningRate = DEFAULTS.optimizer().learningRate();

    @Option(names = "--l2", paramLabel = "PENALTY", description = "L2 weight penalty (default ${DEFAULT-VALUE}).")
    double l2 = DEFAULTS.l2();

    @Option(names = "--weight-init", paramLabel = "SCHEME", converter = WeightInitConverter.class,
            description = OptionText.WEIGHT_INIT)
    WeightInitChoice weightInit = DEFAULTS.weightInit();

    @Option(names = "--target", paramLabel = "VALUE",
            description = "Test accuracy (classification) or R² (regression) counted as \"trained\" for epochs/seconds to "
                    + "target (default ${DEFAULT-VALUE}).")
    double target = DEFAULTS.target();

    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long firstSeed = DEFAULTS.firstSeed();

    @Mixin
    DataOptionsMixin dataOptions;

    @Override
    public Integer call() throws Exception {
        Settings settings = new Settings(dataset, dataOptions.forDataset(dataset, DEFAULTS.data()), hidden,
                parseActivations(),
                common.seedsOr(DEFAULTS.seeds()), firstSeed,
                epochs, batchSize, new Optimizer(optimizer, learningRate), l2, weightInit, target);
        ExperimentResult<CompareResult> result = ExperimentRunner.run(new CompareExperiment(settings), common,
                System.out);
        List<PairComparison> comparisons = result.findings().comparisons();
        if (!comparisons.isEmpty()) {
            System.out.println();
            System.out.println("== pairwise Welch t-tests (alpha 0.05)");
            System.out.print(CompareExperiment.comparisonTable(comparisons).render());
        }
        return ExperimentRunner.exitCode(result);
    }

    private List<Activation> parseActivations() {
        return parseActivations(spec, activations);
    }

    /** The --activations names ("all" expanded); an unknown name is a usage error listing the known ones. */
    static List<Activation> parseActivations(CommandSpec command, List<String> names) {
        try {
            return Activation.parseList(names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--activations: " + e.getMessage());
        }
    }

    /** Dataset names for the help text. */
    static final class DatasetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Datasets.names().iterator();
        }
    }

    /** "adam" → {@link Optimizer.Kind#ADAM}; an unknown name lists the known ones. */
    static final class OptimizerKindConverter implements ITypeConverter<Optimizer.Kind> {
        @Override
        public Optimizer.Kind convert(String value) {
            try {
                return Optimizer.parseKind(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** "he" → {@link WeightInitChoice#HE}; an unknown name lists the known ones. */
    static final class WeightInitConverter implements ITypeConverter<WeightInitChoice> {
        @Override
        public WeightInitChoice convert(String value) {
            try {
                return WeightInitChoice.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown weight init '" + value + "': expected one of auto, xavier, "
                        + "he, normal, standard, naive_normal");
            }
        }
    }
}
