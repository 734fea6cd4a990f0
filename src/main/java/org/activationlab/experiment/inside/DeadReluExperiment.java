package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.diagnostics.LayerWatch;
import org.activationlab.diagnostics.UnitStatistics;
import org.activationlab.experiment.ActivationVerdicts;
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
import org.activationlab.stats.Summary;
import org.activationlab.stats.WelchTest;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;

/**
 * Dead ReLUs (C14, C15): per hidden layer, the share of pre-activations z &gt; 0 over the test set and
 * the share of dead units (z ≤ 0 for every test example), at initialisation and after training, for
 * ReLU and leaky ReLU at a normal and at a high learning rate.
 *
 * <p>With He initialisation and zero biases, z = w·x has a symmetric distribution, so about half of all
 * z start positive; a too-large step can push a unit's bias so far down that it never fires again.
 */
public final class DeadReluExperiment extends Experiment.Loop<DeadReluExperiment.Settings> {
    /** "Rare": a zero slope for at most this share of z. */
    static final double RARE = 0.2;

    /**
     * @param dataset      preferred data
     * @param fallback     built-in set used when {@code dataset} cannot be read
     * @param limit        examples of the preferred set per split (0: all)
     * @param hiddenLayers hidden layers
     * @param width        nodes per hidden layer
     * @param epochs       training epochs
     * @param batchSize    examples per step
     * @param normalRate   a usual Adam learning rate
     * @param highRate     a too-large Adam learning rate, where units are known to die
     * @param seeds        seeds per configuration
     * @param firstSeed    first seed
     */
    public record Settings(String dataset, String fallback, int limit, int hiddenLayers, int width, int epochs,
                           int batchSize, double normalRate, double highRate, int seeds, long firstSeed) {
        public Settings {
            Validation.require(dataset != null && !dataset.isBlank(), "dataset", "a dataset name", dataset);
            Validation.require(limit >= 0, "limit", "0 (all) or a positive number of examples", limit);
            Validation.require(hiddenLayers >= 1, "hiddenLayers", "at least 1", hiddenLayers);
            Validation.require(width >= 1, "width", "at least 1", width);
            SettingsChecks.training(epochs, batchSize, normalRate);
            Optimizer.adam(highRate);
            Validation.require(highRate > normalRate, "highRate", "a rate above normalRate (" + normalRate + ")",
                    highRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /**
         * Quick: 3 hidden layers of 32 on 1,000 Fashion-MNIST images, 3 epochs, 5 seeds (training at the high
         * rate is chaotic: with 2 seeds the leaky-vs-relu sign there flipped with float rounding).
         */
        public static Settings defaults() {
            return new Settings("fashion-mnist", "spiral", 1000, 3, 32, 3, 50, 0.005, 0.1, 5, 1);
        }

        public Settings withSeeds(int n) {
            return new Settings(dataset, fallback, limit, hiddenLayers, width, epochs, batchSize, normalRate, highRate,
                    n, firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, fallback, limit, hiddenLayers, width, epochs, batchSize, normalRate, highRate,
                    seeds, firstSeed);
        }
    }

    /**
     * One configuration (activation × learning rate) over its seeds.
     *
     * @param activation       relu or leakyrelu
     * @param rate             "normal" or "high"
     * @param learningRate     the Adam step size
     * @param positiveAtInit   share of z &gt; 0 over test set, hidden layers and seeds, at initialisation
     * @param positiveTrained  the same after training
     * @param deadAtInit       share of dead hidden units at initialisation
     * @param deadTrained      the same after training
     * @param testAccuracy     mean test accuracy after training
     * @param accuracies       test accuracy of each run that did not diverge
     * @param diverged         runs whose loss became NaN/∞ (left out of the "trained" numbers)
     */
    public record ConfigResult(String activation, String rate, double learningRate, double positiveAtInit,
                               double positiveTrained, double deadAtInit, double deadTrained, double testAccuracy,
                               double[] accuracies, int diverged) {
    }

    /** One hidden layer of one run at initialisation or after training (the CSV rows). */
    public record LayerRow(String activation, String rate, long seed, String moment, int layer, double positiveFraction,
                           double deadFraction, int deadUnits, double testAccuracy) {
    }

    public DeadReluExperiment(Settings settings) {
        super("dead-relu", "share of positive pre-activations and of dead units, relu vs leaky relu, normal vs high rate",
                List.of(Claim.C14, Claim.C15), settings);
    }

    public DeadReluExperiment() {
        this(Settings.defaults());
    }

    @Override
    protected Outcome execute(Progress progress) {
        DataChoice choice = DataChoice.load(settings.dataset(), DataOptions.defaults().withLimit(settings.limit())
                .withSeed(settings.firstSeed()), settings.fallback(), DataOptions.defaults().withSeed(settings.firstSeed()));
        Dataset data = choice.data();
        List<Activation> activations = List.of(Activation.RELU, Activation.LEAKY_RELU);
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("normal", settings.normalRate());
        rates.put("high", settings.highRate());
        progress.start("dead-relu", (long) activations.size() * rates.size() * settings.seeds());
        List<ConfigResult> results = new ArrayList<>();
        List<LayerRow> rows = new ArrayList<>();
        for (Activation a : activations) {
            for (Map.Entry<String, Double> rate : rates.entrySet()) {
                List<LayerRow> configRows = new ArrayList<>();
                int diverged = 0;
                for (int i = 0; i < settings.seeds(); i++) {
                    long seed = settings.firstSeed() + i;
                    NetworkSpec spec = NetworkSpec.input(data.numFeatures())
                            .hidden(settings.hiddenLayers(), settings.width(), a).output(data.defaultHead())
                            .optimizer(Optimizer.adam(rate.getValue())).seed(seed).build();
                    LayerWatch watch = new LayerWatch(data.test().getFeatures(),
                            Dataset.labelsFor(data.test().getLabels(), spec.head()));
                    TrainingRun run = Trainer.train(spec, data, new TrainingSettings(settings.epochs(),
                            settings.batchSize(), settings.epochs()), watch);
                    addRows(configRows, a, rate.getKey(), seed, "init", watch.first());
                    if (run.diverged()) { // its last snapshot is still the initial one: no "trained" numbers
                        diverged++;
                    } else {
                        addRows(configRows, a, rate.getKey(), seed, "trained", watch.last());
                    }
                    progress.step();
                }
                rows.addAll(configRows);
                results.add(summarise(a, rate.getKey(), rate.getValue(), configRows, diverged));
            }
        }
        progress.done();
        Table table = Table.of(List.of("activation", "rate", "z>0 init", "z>0 trained", "dead init", "dead trained",
                "test acc", "diverged"));
        for (ConfigResult r : results) {
            table = table.withRow(r.activation(), r.rate() + " (" + r.learningRate() + ")", r.positiveAtInit(),
                    r.positiveTrained(), r.deadAtInit(), r.deadTrained(), r.testAccuracy(), r.diverged());
        }
        Map<String, Object> details = new LinkedHashMap<>(choice.describe());
        details.put("dead_unit", "a hidden unit with z <= 0 for every test example");
        return new Outcome(List.of(judgeC14(results), judgeC15(results)), results, rows, details, figures(results),
                table);
    }

    private static void addRows(List<LayerRow> rows, Activation a, String rate, long seed, String moment,
                                LayerWatch.Snapshot s) {
        for (UnitStatistics u : s.hidden()) {
            rows.add(new LayerRow(a.id(), rate, seed, moment, u.layer() + 1, u.positiveFraction(), u.deadFraction(),
                    u.deadUnits(), s.metrics().testAccuracy()));
        }
    }

    private static ConfigResult summarise(Activation a, String rate, double lr, List<LayerRow> rows, int diverged) {
        // Accuracy is per run; layer 1's row carries it once per seed.
        double[] accuracies = rows.stream().filter(r -> r.moment().equals("trained") && r.layer() == 1)
                .mapToDouble(LayerRow::testAccuracy).toArray();
        return new ConfigResult(a.id(), rate, lr, mean(rows, "init", LayerRow::positiveFraction),
                mean(rows, "trained", LayerRow::positiveFraction), mean(rows, "init", LayerRow::deadFraction),
                mean(rows, "trained", LayerRow::deadFraction), Summary.of(accuracies).mean(), accuracies, diverged);
    }

    private static double mean(List<LayerRow> rows, String moment, java.util.function.ToDoubleFunction<LayerRow> f) {
        return rows.stream().filter(r -> r.moment().equals(moment)).mapToDouble(f).average().orElse(Double.NaN);
    }

    private static List<Figure> figures(List<ConfigResult> results) {
        List<String> labels = results.stream().map(r -> r.activation() + ", " + r.rate() + " rate").toList();
        double[] x = new double[results.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        Figure positive = new Figure("positive-z", "Share of pre-activations z > 0 (test set, all hidden layers)",
                Figure.Kind.BAR, "configuration", "share of z > 0", false, List.of(
                new Figure.Series("init", x, results.stream().mapToDouble(ConfigResult::positiveAtInit).toArray(),
                        null, null, labels),
                new Figure.Series("trained", x, results.stream().mapToDouble(ConfigResult::positiveTrained).toArray(),
                        null, null, labels)), null, List.of(Claim.C14));
        Figure dead = new Figure("dead-units", "Share of dead hidden units (z <= 0 for every test example)",
                Figure.Kind.BAR, "configuration", "share of units", false, List.of(
                new Figure.Series("init", x, results.stream().mapToDouble(ConfigResult::deadAtInit).toArray(),
                        null, null, labels),
                new Figure.Series("trained", x, results.stream().mapToDouble(ConfigResult::deadTrained).toArray(),
                        null, null, labels)), null, List.of(Claim.C14, Claim.C15));
        return List.of(positive, dead);
    }

    /** C14 "most z &gt; 0, so a zero slope is rare", judged on ReLU trained at the normal rate. */
    static ClaimVerdict judgeC14(List<ConfigResult> results) {
        ConfigResult normal = find(results, "relu", "normal");
        ConfigResult high = find(results, "relu", "high");
        double p = normal.positiveTrained();
        Verdict v = Double.isNaN(p) ? Verdict.NOT_SIGNIFICANT // every run diverged: nothing trained to judge
                : p >= 1 - RARE ? Verdict.SUPPORTED : p > 0.5 ? Verdict.PARTLY : Verdict.REFUTED;
        return new ClaimVerdict(Claim.C14, v, String.format("ReLU hidden layers: %.1f%% of pre-activations are > 0 at "
                        + "initialisation and %.1f%% after training at the normal rate, so ReLU's slope is 0 for %.1f%% "
                        + "of z (\"rare\" would be ≤ %.0f%%); %.1f%% of units are dead after training (%.1f%% at the "
                        + "high rate, where %.1f%% of z are > 0).", normal.positiveAtInit() * 100, p * 100,
                (1 - p) * 100, RARE * 100, normal.deadTrained() * 100, high.deadTrained() * 100,
                high.positiveTrained() * 100));
    }

    /** C15 "leaky ReLU learns better than ReLU": per-run test accuracies at both rates, Welch's t-test each. */
    static ClaimVerdict judgeC15(List<ConfigResult> results) {
        List<String> parts = new ArrayList<>();
        List<ActivationVerdicts.Finding> findings = new ArrayList<>();
        for (String rate : List.of("normal", "high")) {
            ConfigResult leaky = find(results, "leakyrelu", rate);
            ConfigResult relu = find(results, "relu", rate);
            WelchTest test = WelchTest.of(leaky.accuracies(), relu.accuracies());
            findings.add(ActivationVerdicts.finding(test, true));
            parts.add(String.format("%s rate %.3f vs %.3f (n = %d vs %d, Welch p = %s)", rate, test.meanA(),
                    test.meanB(), test.nA(), test.nB(), ActivationVerdicts.fmtP(test.p())));
        }
        return new ClaimVerdict(Claim.C15, ActivationVerdicts.combine(findings), String.format("Test accuracy of "
                        + "leaky ReLU vs ReLU: %s; dead units after training: relu %.1f%% / %.1f%%, leaky relu %.1f%% / "
                        + "%.1f%% (normal / high).", String.join(", ", parts),
                find(results, "relu", "normal").deadTrained() * 100, find(results, "relu", "high").deadTrained() * 100,
                find(results, "leakyrelu", "normal").deadTrained() * 100,
                find(results, "leakyrelu", "high").deadTrained() * 100));
    }

    private static ConfigResult find(List<ConfigResult> results, String activation, String rate) {
        return results.stream().filter(r -> r.activation().equals(activation) && r.rate().equals(rate)).findFirst()
                .orElseThrow();
    }

    /** Runs with default settings and prints the table. */
    public static void main(String[] args) {
        ExperimentResult<?> result = new DeadReluExperiment().run();
        System.out.print(result.asText());
    }
}
