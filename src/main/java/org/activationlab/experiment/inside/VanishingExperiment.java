package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.LayerProbe;
import org.activationlab.diagnostics.LayerTrace;
import org.activationlab.diagnostics.LayerWatch;
import org.activationlab.diagnostics.UnitStatistics;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Seeded;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;
import org.activationlab.network.WeightInitChoice;
import org.activationlab.stats.Summary;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.TrainingSettings;

/**
 * Vanishing gradients (C11), in the spirit of Glorot &amp; Bengio (2010): a deep network per hidden
 * activation, trained by plain SGD, with the L2 norm of every layer's weight gradient at initialisation
 * and after each epoch, and each hidden layer's activation mean, spread and saturated share.
 *
 * <p>If gradients vanish towards the input, ‖∂L/∂W‖ of the first hidden layer is much smaller than that
 * of the last, and the first layer's weights barely move during training.
 */
public final class VanishingExperiment extends Experiment<VanishingExperiment.Settings, VanishingResult> {
    private final DataChoice.Memo choice = new DataChoice.Memo(settings);

    /** The first hidden layer's gradient must be at least this many times smaller than the last's to "vanish". */
    static final double VANISHED = 10;

    /**
     * @param dataset      preferred data (Fashion-MNIST: the real thing), or {@code csv:PATH}
     * @param fallback     built-in set used when {@code dataset} cannot be read
     * @param data         options of {@code dataset}: examples per split ({@code limit}, 0: all), CSV columns
     * @param hiddenLayers hidden layers of the deep network
     * @param width        nodes per hidden layer
     * @param activations  hidden activations, one deep network each; must include the article's four (C11
     *                     compares them); others appear in the table and figures beside them
     * @param epochs       training epochs
     * @param batchSize    examples per step
     * @param optimizer    update rule and step size; plain SGD by default, as Glorot &amp; Bengio used
     * @param weightInit   initial weights; AUTO: He before ReLU-family layers, Xavier before the others
     * @param probeSize    training examples the gradients and statistics are measured on
     * @param seeds        networks per activation (seeds firstSeed, firstSeed+1, …)
     * @param firstSeed    seed of the first network's weights and data order
     */
    public record Settings(String dataset, String fallback, DataOptions data, int hiddenLayers, int width,
                           List<Activation> activations, int epochs, int batchSize, Optimizer optimizer,
                           WeightInitChoice weightInit, int probeSize, int seeds, long firstSeed)
            implements PreferredData, Seeded<Settings> {
        public Settings {
            SettingsChecks.preferredData(dataset, data);
            SettingsChecks.hiddenStack(hiddenLayers, width, 2);
            Validation.require(activations != null && activations.containsAll(Activation.article()), "activations",
                    "a list with sigmoid, tanh, relu and leakyrelu (C11 compares them), e.g. all", activations);
            activations = List.copyOf(new java.util.LinkedHashSet<>(activations));
            Validation.require(optimizer != null, "optimizer", "an optimizer", "null");
            Validation.require(weightInit != null, "weightInit", "one of AUTO, XAVIER, HE, NORMAL", "null");
            SettingsChecks.training(epochs, batchSize, optimizer.learningRate());
            Validation.require(probeSize >= 1, "probeSize", "at least 1", probeSize);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** The article's four activations, {@code limit} examples per split and default data options. */
        public Settings(String dataset, String fallback, int limit, int hiddenLayers, int width, int epochs,
                        int batchSize, Optimizer optimizer, WeightInitChoice weightInit, int probeSize, int seeds,
                        long firstSeed) {
            this(dataset, fallback, DataOptions.defaults().withLimit(limit), hiddenLayers, width,
                    Activation.article(), epochs, batchSize, optimizer, weightInit, probeSize, seeds, firstSeed);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_DATASET = "fashion-mnist";
        public static final int DEFAULT_WIDTH = 32;

        /** Quick: 5 hidden layers of 32 on 1,000 Fashion-MNIST images, 4 epochs of SGD (0.1), one seed. */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATASET, "spiral", 1000, 5, DEFAULT_WIDTH, 4, 50, Optimizer.sgd(0.1),
                    WeightInitChoice.AUTO, 256, 1, 1);
        }

        public Settings withHiddenLayers(int n) {
            return new Settings(dataset, fallback, data, n, width, activations, epochs, batchSize, optimizer,
                    weightInit, probeSize, seeds, firstSeed);
        }

        public Settings withEpochs(int n) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, activations, n, batchSize, optimizer,
                    weightInit, probeSize, seeds, firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, fallback, data, hiddenLayers, width, activations, epochs, batchSize, optimizer,
                    weightInit, probeSize, seeds, firstSeed);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, activations, epochs, batchSize,
                    optimizer, weightInit, probeSize, n, firstSeed);
        }

        /** The same settings on {@code options} (e.g. a CSV file's label column). */
        public Settings withData(DataOptions options) {
            return new Settings(dataset, fallback, options, hiddenLayers, width, activations, epochs, batchSize,
                    optimizer, weightInit, probeSize, seeds, firstSeed);
        }

        /** The same settings with one deep network per activation in {@code list}. */
        public Settings withActivations(List<Activation> list) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, list, epochs, batchSize, optimizer,
                    weightInit, probeSize, seeds, firstSeed);
        }
    }

    /**
     * One activation's deep network summarised.
     *
     * @param activation             hidden activation
     * @param seed                   the network's seed
     * @param gradientNormsAtInit    ‖∂L/∂W‖ per hidden layer at initialisation, first to last
     * @param ratioAtInit            first-hidden / last-hidden gradient norm at initialisation
     * @param ratioAfterTraining     the same after the last epoch
     * @param shrinkPerLayer         geometric mean factor by which the norm changes per layer towards the input
     * @param firstLayerChange       ‖W − W₀‖ / ‖W₀‖ of the first hidden layer after training
     * @param lastLayerChange        the same for the last hidden layer
     * @param saturatedAtInit        mean saturated share over hidden layers at initialisation
     * @param saturatedAfterTraining the same after training
     * @param initialTestAccuracy    test accuracy at initialisation
     * @param finalTestAccuracy      test accuracy after training
     * @param diverged               the loss became NaN/∞
     */
    public record ActivationResult(String activation, long seed, double[] gradientNormsAtInit, double ratioAtInit,
                                   double ratioAfterTraining, double shrinkPerLayer, double firstLayerChange,
                                   double lastLayerChange, double saturatedAtInit, double saturatedAfterTraining,
                                   double initialTestAccuracy, double finalTestAccuracy, boolean diverged) {
    }

    /** One hidden layer at one epoch (the CSV rows). */
    public record LayerRow(String activation, long seed, int epoch, int layer, double weightGradientNorm, double mean,
                           double std, double saturatedFraction, double positiveFraction, double testAccuracy) {
    }

    public VanishingExperiment(Settings settings) {
        super("vanishing", "deep nets per activation: weight-gradient norm per layer and saturation during training",
                List.of(Claim.C11), settings);
    }

    public VanishingExperiment() {
        this(Settings.defaults());
    }

    /** One cell per activation and seed, each measuring its layers on the first training rows. */
    @Override
    protected List<Cell> cells() {
        DataChoice data = choice.get();
        List<Cell> cells = new ArrayList<>();
        for (Activation a : settings.activations()) {
            for (int i = 0; i < settings.seeds(); i++) {
                NetworkSpec spec = NetworkSpec.input(data.data().numFeatures())
                        .hidden(settings.hiddenLayers(), settings.width(), a).output(data.data().defaultHead())
                        .optimizer(settings.optimizer()).weightInit(settings.weightInit())
                        .seed(settings.firstSeed() + i).build();
                cells.add(new Cell(a.id(), data.name(), data.options(), spec,
                        new TrainingSettings(settings.epochs(), settings.batchSize()), List.of(
                        new LayerProbe(settings.probeSize()))));
            }
        }
        return cells;
    }

    @Override
    protected VanishingResult summarise(List<CellResult> cells) {
        List<ActivationResult> results = new ArrayList<>();
        List<VanishingResult.Trace> traces = new ArrayList<>();
        for (CellResult r : cells) {
            if (r.failed()) {
                continue; // counted in the provenance's failed cells; the verdict says what is missing
            }
            LayerTrace trace = r.measurement(LayerTrace.class).orElseThrow();
            traces.add(new VanishingResult.Trace(r.cell().label(), r.cell().seed(), trace));
            results.add(summarise(r, trace));
        }
        Map<String, Object> details = new LinkedHashMap<>(choice.get().describe());
        details.put("network", "input-" + settings.hiddenLayers() + "×" + settings.width() + "-output, "
                + settings.optimizer() + ", weight init " + settings.weightInit().name().toLowerCase(
                java.util.Locale.ROOT) + " (auto: He for ReLU-family, Xavier otherwise)");
        details.put("saturation", "sigmoid a<0.05 or a>0.95; tanh |a|>0.95; relu-family z<=0");
        return new VanishingResult(List.of(judge(results, choice.get().data().name())), results, traces, details,
                settings.hiddenLayers());
    }

    private ActivationResult summarise(CellResult r, LayerTrace trace) {
        double[] initNorms = hiddenNorms(trace.first());
        double[] change = trace.weightChange();
        double ratio = ratio(initNorms);
        return new ActivationResult(r.cell().label(), r.cell().seed(), initNorms, ratio,
                ratio(hiddenNorms(trace.last())), Math.pow(ratio, 1.0 / (settings.hiddenLayers() - 1)), change[0],
                change[settings.hiddenLayers() - 1], meanSaturation(trace.first()), meanSaturation(trace.last()),
                trace.first().metrics().testAccuracy(), r.last().testAccuracy(), r.diverged());
    }

    /**
     * C11 from the numbers: sigmoid's first/last ratio against ReLU's (medians over seeds); inconclusive
     * when an activation has no finished network.
     */
    ClaimVerdict judge(List<ActivationResult> results, String dataset) {
        List<String> missing = Activation.article().stream().filter(a -> results.stream()
                .noneMatch(r -> r.activation().equals(a.id()))).map(Activation::id).toList();
        if (!missing.isEmpty()) {
            return new ClaimVerdict(Claim.C11, Verdict.INCONCLUSIVE, "No finished network with "
                    + String.join(", ", missing) + " (its cells failed or were not reached): nothing to compare.");
        }
        ActivationResult sigmoid = median(results, Activation.SIGMOID);
        ActivationResult tanh = median(results, Activation.TANH);
        ActivationResult relu = median(results, Activation.RELU);
        ActivationResult leaky = median(results, Activation.LEAKY_RELU);
        boolean vanishes = sigmoid.ratioAtInit() <= 1 / VANISHED;
        boolean worseThanRelu = sigmoid.ratioAtInit() < relu.ratioAtInit();
        Verdict v = vanishes && worseThanRelu ? Verdict.SUPPORTED : worseThanRelu ? Verdict.PARTLY : Verdict.REFUTED;
        String evidence = String.format("%s, %d hidden layers of %d%s: at initialisation the first hidden layer's weight "
                        + "gradient is %.3g× the last one's with sigmoid (×%.2f per layer), %.3g× with tanh, %.3g× with "
                        + "relu and %.3g× with leaky relu. After %d epochs the first sigmoid layer's weights moved %.2g%% "
                        + "vs %.2g%% for the last (relu: %.2g%% vs %.2g%%); test accuracy sigmoid %.3f, tanh %.3f, relu "
                        + "%.3f, leaky relu %.3f. Saturated sigmoid activations: %.1f%% at init, %.1f%% after "
                        + "training: %s.",
                dataset, settings.hiddenLayers(), settings.width(),
                settings.seeds() == 1 ? "" : " (medians over " + settings.seeds() + " seeds)",
                sigmoid.ratioAtInit(), sigmoid.shrinkPerLayer(), tanh.ratioAtInit(), relu.ratioAtInit(),
                leaky.ratioAtInit(), settings.epochs(), sigmoid.firstLayerChange() * 100,
                sigmoid.lastLayerChange() * 100, relu.firstLayerChange() * 100, relu.lastLayerChange() * 100,
                sigmoid.finalTestAccuracy(), tanh.finalTestAccuracy(), relu.finalTestAccuracy(),
                leaky.finalTestAccuracy(), sigmoid.saturatedAtInit() * 100, sigmoid.saturatedAfterTraining() * 100,
                sigmoid.saturatedAtInit() < 0.1 ? "the shrinkage comes from the slope (at most 0.25), not from saturation"
                        : "saturation flattens the slope further");
        return new ClaimVerdict(Claim.C11, v, evidence);
    }

    private double[] hiddenNorms(LayerWatch.Snapshot s) {
        return java.util.Arrays.copyOf(s.weightGradientNorms(), settings.hiddenLayers());
    }

    private static double ratio(double[] hiddenNorms) {
        return hiddenNorms[0] / hiddenNorms[hiddenNorms.length - 1];
    }

    private static double meanSaturation(LayerWatch.Snapshot s) {
        return s.hidden().stream().mapToDouble(UnitStatistics::saturatedFraction).average().orElse(Double.NaN);
    }

    /** The numbers the verdict reads, each the median over {@code a}'s seeds (the value itself for one seed). */
    private static ActivationResult median(List<ActivationResult> results, Activation a) {
        List<ActivationResult> own = results.stream().filter(r -> r.activation().equals(a.id())).toList();
        java.util.function.Function<java.util.function.ToDoubleFunction<ActivationResult>, Double> m =
                f -> Summary.of(own.stream().mapToDouble(f).toArray()).median();
        return new ActivationResult(a.id(), own.get(0).seed(), own.get(0).gradientNormsAtInit(),
                m.apply(ActivationResult::ratioAtInit), m.apply(ActivationResult::ratioAfterTraining),
                m.apply(ActivationResult::shrinkPerLayer), m.apply(ActivationResult::firstLayerChange),
                m.apply(ActivationResult::lastLayerChange), m.apply(ActivationResult::saturatedAtInit),
                m.apply(ActivationResult::saturatedAfterTraining), m.apply(ActivationResult::initialTestAccuracy),
                m.apply(ActivationResult::finalTestAccuracy), own.stream().anyMatch(ActivationResult::diverged));
    }

    /** Runs with default settings ({@code 10} as argument: 10 hidden layers) and prints the table. */
    public static void main(String[] args) {
        Settings s = Settings.defaults();
        if (args.length > 0) {
            s = s.withHiddenLayers(Integer.parseInt(args[0]));
        }
        ExperimentResult<VanishingResult> result = new VanishingExperiment(s).run();
        System.out.print(result.asText());
    }
}
