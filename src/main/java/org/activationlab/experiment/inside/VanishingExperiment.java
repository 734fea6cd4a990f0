package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.diagnostics.LayerWatch;
import org.activationlab.diagnostics.UnitStatistics;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Figure;
import org.activationlab.sweep.Progress;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;

/**
 * Vanishing gradients (C11), in the spirit of Glorot &amp; Bengio (2010): a deep network per hidden
 * activation, trained by plain SGD, with the L2 norm of every layer's weight gradient at initialisation
 * and after each epoch, and each hidden layer's activation mean, spread and saturated share.
 *
 * <p>If gradients vanish towards the input, ‖∂L/∂W‖ of the first hidden layer is much smaller than that
 * of the last, and the first layer's weights barely move during training.
 */
public final class VanishingExperiment extends Experiment<VanishingExperiment.Settings> {
    /** The first hidden layer's gradient must be at least this many times smaller than the last's to "vanish". */
    static final double VANISHED = 10;

    /**
     * @param dataset      preferred data (Fashion-MNIST: the real thing)
     * @param fallback     built-in set used when {@code dataset} cannot be read
     * @param limit        examples of the preferred set per split (0: all)
     * @param hiddenLayers hidden layers of the deep network
     * @param width        nodes per hidden layer
     * @param epochs       training epochs
     * @param batchSize    examples per SGD step
     * @param learningRate plain SGD step size, as Glorot &amp; Bengio used
     * @param probeSize    training examples the gradients and statistics are measured on
     * @param seed         seed of the weights and the data order
     */
    public record Settings(String dataset, String fallback, int limit, int hiddenLayers, int width, int epochs,
                           int batchSize, double learningRate, int probeSize, long seed) {
        public Settings {
            Validation.require(dataset != null && !dataset.isBlank(), "dataset", "a dataset name", dataset);
            Validation.require(limit >= 0, "limit", "0 (all) or a positive number of examples", limit);
            Validation.require(hiddenLayers >= 2, "hiddenLayers", "at least 2 (first and last hidden must differ)",
                    hiddenLayers);
            Validation.require(width >= 1, "width", "at least 1", width);
            SettingsChecks.training(epochs, batchSize, learningRate);
            Validation.require(probeSize >= 1, "probeSize", "at least 1", probeSize);
        }

        /** Quick: 5 hidden layers of 32 on 1,000 Fashion-MNIST images, 4 epochs. */
        public static Settings defaults() {
            return new Settings("fashion-mnist", "spiral", 1000, 5, 32, 4, 50, 0.1, 256, 1);
        }

        public Settings withHiddenLayers(int n) {
            return new Settings(dataset, fallback, limit, n, width, epochs, batchSize, learningRate, probeSize, seed);
        }

        public Settings withEpochs(int n) {
            return new Settings(dataset, fallback, limit, hiddenLayers, width, n, batchSize, learningRate, probeSize, seed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, fallback, limit, hiddenLayers, width, epochs, batchSize, learningRate, probeSize, seed);
        }
    }

    /**
     * One activation's deep network summarised.
     *
     * @param activation             hidden activation
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
    public record ActivationResult(String activation, double[] gradientNormsAtInit, double ratioAtInit,
                                   double ratioAfterTraining, double shrinkPerLayer, double firstLayerChange,
                                   double lastLayerChange, double saturatedAtInit, double saturatedAfterTraining,
                                   double initialTestAccuracy, double finalTestAccuracy, boolean diverged) {
    }

    /** One hidden layer at one epoch (the CSV rows). */
    public record LayerRow(String activation, int epoch, int layer, double weightGradientNorm, double mean,
                           double std, double saturatedFraction, double positiveFraction, double testAccuracy) {
    }

    public VanishingExperiment(Settings settings) {
        super("vanishing", "deep nets per activation: weight-gradient norm per layer and saturation during training",
                List.of(Claim.C11), settings);
    }

    public VanishingExperiment() {
        this(Settings.defaults());
    }

    /** The activations compared, in the article's order. */
    static List<Activation> activations() {
        return List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU);
    }

    @Override
    protected Outcome execute(Progress progress) {
        DataChoice choice = DataChoice.load(settings.dataset(), DataOptions.defaults().withLimit(settings.limit())
                .withSeed(settings.seed()), settings.fallback(), DataOptions.defaults().withSeed(settings.seed()));
        Dataset data = choice.data();
        progress.start("vanishing", activations().size());
        List<ActivationResult> results = new ArrayList<>();
        List<LayerRow> rows = new ArrayList<>();
        List<Figure.Series> normSeries = new ArrayList<>();
        List<Figure.Series> ratioSeries = new ArrayList<>();
        List<Figure.Series> saturationSeries = new ArrayList<>();
        for (Activation a : activations()) {
            NetworkSpec spec = NetworkSpec.input(data.numFeatures()).hidden(settings.hiddenLayers(), settings.width(), a)
                    .output(data.defaultHead()).optimizer(Optimizer.sgd(settings.learningRate()))
                    .seed(settings.seed()).build();
            LayerWatch watch = new LayerWatch(DataChoice.firstRows(data.train().getFeatures(), settings.probeSize()),
                    DataChoice.firstRows(Dataset.labelsFor(data.train().getLabels(), spec.head()), settings.probeSize()));
            TrainingRun run = Trainer.train(spec, data, new TrainingSettings(settings.epochs(), settings.batchSize()),
                    watch);
            ActivationResult r = summarise(a, run, watch);
            results.add(r);
            for (LayerWatch.Snapshot s : watch.snapshots()) {
                for (UnitStatistics u : s.hidden()) {
                    rows.add(new LayerRow(a.id(), s.epoch(), u.layer() + 1, s.weightGradientNorms()[u.layer()], u.mean(),
                            u.std(), u.saturatedFraction(), u.positiveFraction(), s.metrics().testAccuracy()));
                }
            }
            normSeries.add(new Figure.Series(a.id(), layerNumbers(), r.gradientNormsAtInit()));
            ratioSeries.add(new Figure.Series(a.id(), watch.snapshots().stream().mapToDouble(LayerWatch.Snapshot::epoch)
                    .toArray(), watch.snapshots().stream().mapToDouble(s -> ratio(hiddenNorms(s))).toArray()));
            saturationSeries.add(new Figure.Series(a.id(), layerNumbers(),
                    watch.last().hidden().stream().mapToDouble(UnitStatistics::saturatedFraction).toArray()));
            progress.step();
        }
        progress.done();
        Map<String, Object> details = new LinkedHashMap<>(choice.describe());
        details.put("network", "input-" + settings.hiddenLayers() + "×" + settings.width() + "-output, sgd(lr="
                + settings.learningRate() + "), He init for ReLU-family, Xavier otherwise");
        details.put("saturation", "sigmoid a<0.05 or a>0.95; tanh |a|>0.95; relu-family z<=0");
        List<Figure> figures = List.of(
                new Figure("gradient-norms", "Weight-gradient norm per hidden layer at initialisation", Figure.Kind.LINE,
                        "hidden layer (1 = nearest the input)", "||dL/dW|| (L2)", true, normSeries, null,
                        List.of(Claim.C11)),
                new Figure("gradient-ratio", "First / last hidden layer gradient norm during training",
                        Figure.Kind.LINE, "epoch", "first / last", true, ratioSeries, null, List.of(Claim.C11)),
                new Figure("saturation", "Saturated share per hidden layer after training", Figure.Kind.LINE,
                        "hidden layer", "share of activations on a flat part", false, saturationSeries, null,
                        List.of(Claim.C11)));
        Table table = Table.of(List.of("activation", "first/last at init", "after training", "x per layer",
                "W change first", "W change last", "saturated init", "saturated end", "test acc"));
        for (ActivationResult r : results) {
            table = table.withRow(r.activation(), r.ratioAtInit(), r.ratioAfterTraining(), r.shrinkPerLayer(),
                    r.firstLayerChange(), r.lastLayerChange(), r.saturatedAtInit(), r.saturatedAfterTraining(),
                    r.diverged() ? "diverged" : Table.format(r.finalTestAccuracy()));
        }
        return new Outcome(List.of(judge(results, data.name())), results, rows, details, figures, table);
    }

    private ActivationResult summarise(Activation a, TrainingRun run, LayerWatch watch) {
        double[] initNorms = hiddenNorms(watch.first());
        double[] change = watch.relativeWeightChange(run.network());
        double ratio = ratio(initNorms);
        return new ActivationResult(a.id(), initNorms, ratio, ratio(hiddenNorms(watch.last())),
                Math.pow(ratio, 1.0 / (settings.hiddenLayers() - 1)), change[0], change[settings.hiddenLayers() - 1],
                meanSaturation(watch.first()), meanSaturation(watch.last()), watch.first().metrics().testAccuracy(),
                run.last().testAccuracy(), run.diverged());
    }

    /** C11 from the numbers: sigmoid's first/last ratio against ReLU's. */
    ClaimVerdict judge(List<ActivationResult> results, String dataset) {
        ActivationResult sigmoid = find(results, Activation.SIGMOID);
        ActivationResult tanh = find(results, Activation.TANH);
        ActivationResult relu = find(results, Activation.RELU);
        ActivationResult leaky = find(results, Activation.LEAKY_RELU);
        boolean vanishes = sigmoid.ratioAtInit() <= 1 / VANISHED;
        boolean worseThanRelu = sigmoid.ratioAtInit() < relu.ratioAtInit();
        Verdict v = vanishes && worseThanRelu ? Verdict.SUPPORTED : worseThanRelu ? Verdict.PARTLY : Verdict.REFUTED;
        String evidence = String.format("%s, %d hidden layers of %d: at initialisation the first hidden layer's weight "
                        + "gradient is %.3g× the last one's with sigmoid (×%.2f per layer), %.3g× with tanh, %.3g× with "
                        + "relu and %.3g× with leaky relu. After %d epochs the first sigmoid layer's weights moved %.2g%% "
                        + "vs %.2g%% for the last (relu: %.2g%% vs %.2g%%); test accuracy sigmoid %.3f, tanh %.3f, relu "
                        + "%.3f, leaky relu %.3f. Saturated sigmoid activations: %.1f%% at init, %.1f%% after "
                        + "training: %s.",
                dataset, settings.hiddenLayers(), settings.width(),
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

    private double[] layerNumbers() {
        double[] x = new double[settings.hiddenLayers()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    private static ActivationResult find(List<ActivationResult> results, Activation a) {
        return results.stream().filter(r -> r.activation().equals(a.id())).findFirst().orElseThrow();
    }

    /** Runs with default settings ({@code 10} as argument: 10 hidden layers) and prints the table. */
    public static void main(String[] args) {
        Settings s = Settings.defaults();
        if (args.length > 0) {
            s = s.withHiddenLayers(Integer.parseInt(args[0]));
        }
        System.out.print(new VanishingExperiment(s).run().asText());
    }
}
