package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.HiddenUnits;
import org.activationlab.diagnostics.HiddenUnitsProbe;
import org.activationlab.diagnostics.UnitStatistics;
import org.activationlab.experiment.ActivationVerdicts;
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
import org.activationlab.stats.Summary;
import org.activationlab.stats.WelchTest;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.TrainingSettings;

/**
 * Dead ReLUs (C14, C15): per hidden layer, the share of pre-activations z &gt; 0 over the test set and
 * the share of dead units (z ≤ 0 for every test example), at initialisation and after training, for
 * ReLU and leaky ReLU at a normal and at a high learning rate.
 *
 * <p>With He initialisation and zero biases, z = w·x has a symmetric distribution, so about half of all
 * z start positive; a too-large step can push a unit's bias so far down that it never fires again.
 */
public final class DeadReluExperiment extends Experiment<DeadReluExperiment.Settings, DeadReluResult> {
    /** "Rare": a zero slope for at most this share of z. */
    static final double RARE = 0.2;
    /** The activations compared. */
    static final List<Activation> ACTIVATIONS = List.of(Activation.RELU, Activation.LEAKY_RELU);

    private final DataChoice.Memo choice = new DataChoice.Memo(settings);

    /**
     * @param dataset      preferred data, a built-in name or {@code csv:PATH}
     * @param fallback     built-in set used when {@code dataset} cannot be read
     * @param data         options of {@code dataset}: examples per split ({@code limit}, 0: all), CSV columns
     * @param hiddenLayers hidden layers
     * @param width        nodes per hidden layer
     * @param epochs       training epochs
     * @param batchSize    examples per step
     * @param normalRate   a usual Adam learning rate
     * @param highRate     a too-large Adam learning rate, where units are known to die
     * @param seeds        seeds per configuration
     * @param firstSeed    first seed
     */
    public record Settings(String dataset, String fallback, DataOptions data, int hiddenLayers, int width, int epochs,
                           int batchSize, double normalRate, double highRate, int seeds, long firstSeed)
            implements PreferredData, Seeded<Settings> {
        public Settings {
            SettingsChecks.preferredData(dataset, data);
            SettingsChecks.hiddenStack(hiddenLayers, width, 1);
            SettingsChecks.training(epochs, batchSize, normalRate);
            Optimizer.adam(highRate);
            Validation.require(highRate > normalRate, "highRate", "a rate above normalRate (" + normalRate + ")",
                    highRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** {@code limit} examples per split and default data options. */
        public Settings(String dataset, String fallback, int limit, int hiddenLayers, int width, int epochs,
                        int batchSize, double normalRate, double highRate, int seeds, long firstSeed) {
            this(dataset, fallback, DataOptions.defaults().withLimit(limit), hiddenLayers, width, epochs, batchSize,
                    normalRate, highRate, seeds, firstSeed);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_DATASET = "fashion-mnist";
        public static final int DEFAULT_WIDTH = 32;

        /**
         * Quick: 3 hidden layers of 32 on 1,000 Fashion-MNIST images, 3 epochs, 5 seeds (training at the high
         * rate is chaotic: with 2 seeds the leaky-vs-relu sign there flipped with float rounding).
         */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATASET, "spiral", 1000, 3, DEFAULT_WIDTH, 3, 50, 0.005, 0.1, 5, 1);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, epochs, batchSize, normalRate, highRate,
                    n, firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, fallback, data, hiddenLayers, width, epochs, batchSize, normalRate, highRate,
                    seeds, firstSeed);
        }

        /** The same settings on {@code options} (e.g. a CSV file's label column). */
        public Settings withData(DataOptions options) {
            return new Settings(dataset, fallback, options, hiddenLayers, width, epochs, batchSize, normalRate,
                    highRate, seeds, firstSeed);
        }

        /** The Adam step size of {@code rate}. */
        public double learningRate(Rate rate) {
            return rate == Rate.NORMAL ? normalRate : highRate;
        }
    }

    /** The two step sizes compared. */
    public enum Rate {
        /** A usual Adam step size ({@link Settings#normalRate}). */
        NORMAL,
        /** A too-large one, where units are known to die ({@link Settings#highRate}). */
        HIGH;

        /** "normal", "high": for tables and evidence. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** When a layer was measured. */
    public enum Moment { INIT, TRAINED }

    /**
     * One configuration (activation × learning rate) over its seeds; configurations without a finished
     * cell have none.
     *
     * @param activation      relu or leaky relu
     * @param rate            normal or high
     * @param learningRate    the Adam step size
     * @param positiveAtInit  share of z &gt; 0 over test set, hidden layers and seeds, at initialisation
     * @param positiveTrained the same after training (NaN when every run diverged)
     * @param deadAtInit      share of dead hidden units at initialisation
     * @param deadTrained     the same after training
     * @param testAccuracy    mean test accuracy after training
     * @param accuracies      test accuracy of each run that did not diverge
     * @param diverged        runs whose loss became NaN/∞ (left out of the "trained" numbers)
     * @param failed          cells that failed to train (in no number at all)
     */
    public record ConfigResult(Activation activation, Rate rate, double learningRate, double positiveAtInit,
                               double positiveTrained, double deadAtInit, double deadTrained, double testAccuracy,
                               double[] accuracies, int diverged, int failed) {

        /** "relu at the high rate: 3 of 5 runs (1 diverged, 1 failed)". */
        String describeRuns() {
            int runs = accuracies.length + diverged + failed;
            String lost = (diverged > 0 ? ", " + diverged + " diverged" : "") + (failed > 0 ? ", " + failed + " failed" : "");
            return label(activation, rate) + ": " + accuracies.length + " of " + runs + " runs"
                    + (lost.isEmpty() ? "" : " (" + lost.substring(2) + ")");
        }
    }

    /** One hidden layer of one run at initialisation or after training (the CSV rows). */
    public record LayerRow(Activation activation, Rate rate, long seed, Moment moment, int layer,
                           double positiveFraction, double deadFraction, int deadUnits, double testAccuracy) {
    }

    public DeadReluExperiment(Settings settings) {
        super("dead-relu", "share of positive pre-activations and of dead units, relu vs leaky relu, normal vs high rate",
                List.of(Claim.C14, Claim.C15), settings);
    }

    public DeadReluExperiment() {
        this(Settings.defaults());
    }

    /** "relu at the normal rate". */
    static String label(Activation activation, Rate rate) {
        return activation.id() + " at the " + rate.id() + " rate";
    }

    /** Per activation and rate, one cell per seed, each measuring its hidden units on the test set. */
    @Override
    protected List<Cell> cells() {
        DataChoice data = choice.get();
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize(), settings.epochs());
        List<Cell> cells = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            for (Rate rate : Rate.values()) {
                for (int i = 0; i < settings.seeds(); i++) {
                    NetworkSpec spec = NetworkSpec.input(data.data().numFeatures())
                            .hidden(settings.hiddenLayers(), settings.width(), a).output(data.data().defaultHead())
                            .optimizer(Optimizer.adam(settings.learningRate(rate))).seed(settings.firstSeed() + i)
                            .build();
                    cells.add(new Cell(label(a, rate), data.name(), data.options(), spec, training,
                            List.of(new HiddenUnitsProbe())));
                }
            }
        }
        return cells;
    }

    /** The finished (or failed) cells by configuration; an interrupted sweep has fewer than declared. */
    @Override
    protected DeadReluResult summarise(List<CellResult> cells) {
        List<ConfigResult> results = new ArrayList<>();
        List<LayerRow> rows = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            for (Rate rate : Rate.values()) {
                List<CellResult> own = cells.stream().filter(r -> activationOf(r.cell()) == a
                        && r.cell().spec().optimizer().learningRate() == settings.learningRate(rate)).toList();
                summarise(a, rate, own, rows).ifPresent(results::add);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>(choice.get().describe());
        details.put("dead_unit", "a hidden unit with z <= 0 for every test example");
        return new DeadReluResult(List.of(judgeC14(results), judgeC15(results)), results, rows, details);
    }

    private static Activation activationOf(Cell cell) {
        return cell.spec().hidden().get(0).activation();
    }

    /** One configuration's rows added to {@code layers}, and its summary if some cell finished. */
    private Optional<ConfigResult> summarise(Activation a, Rate rate, List<CellResult> own, List<LayerRow> layers) {
        List<LayerRow> rows = new ArrayList<>();
        int diverged = 0;
        int failed = 0;
        List<Double> accuracies = new ArrayList<>();
        for (CellResult r : own) {
            if (r.failed()) {
                failed++; // counted in the provenance's failed cells and in the evidence, in no number
                continue;
            }
            HiddenUnits units = r.measurement(HiddenUnits.class).orElseThrow();
            addRows(rows, a, rate, r.cell().seed(), Moment.INIT, units.atInit(),
                    r.history().epochs().get(0).testAccuracy());
            if (r.diverged()) { // no trained network to look at
                diverged++;
            } else {
                addRows(rows, a, rate, r.cell().seed(), Moment.TRAINED, units.trained(), r.last().testAccuracy());
                accuracies.add(r.last().testAccuracy());
            }
        }
        layers.addAll(rows);
        if (failed == own.size()) {
            return Optional.empty();
        }
        double[] acc = accuracies.stream().mapToDouble(Double::doubleValue).toArray();
        return Optional.of(new ConfigResult(a, rate, settings.learningRate(rate),
                mean(rows, Moment.INIT, LayerRow::positiveFraction), mean(rows, Moment.TRAINED, LayerRow::positiveFraction),
                mean(rows, Moment.INIT, LayerRow::deadFraction), mean(rows, Moment.TRAINED, LayerRow::deadFraction),
                Summary.of(acc).mean(), acc, diverged, failed));
    }

    private static void addRows(List<LayerRow> rows, Activation a, Rate rate, long seed, Moment moment,
                                List<UnitStatistics> layers, double testAccuracy) {
        for (UnitStatistics u : layers) {
            rows.add(new LayerRow(a, rate, seed, moment, u.layer() + 1, u.positiveFraction(), u.deadFraction(),
                    u.deadUnits(), testAccuracy));
        }
    }

    private static double mean(List<LayerRow> rows, Moment moment, ToDoubleFunction<LayerRow> f) {
        return rows.stream().filter(r -> r.moment() == moment).mapToDouble(f).average().orElse(Double.NaN);
    }

    /**
     * C14 "most z &gt; 0, so a zero slope is rare", judged on ReLU trained at the normal rate;
     * inconclusive when no such network finished training.
     */
    static ClaimVerdict judgeC14(List<ConfigResult> results) {
        Optional<ConfigResult> normal = find(results, Activation.RELU, Rate.NORMAL)
                .filter(r -> r.accuracies().length > 0);
        if (normal.isEmpty()) {
            return new ClaimVerdict(Claim.C14, Verdict.INCONCLUSIVE, "No ReLU network finished training at the normal "
                    + "rate (" + find(results, Activation.RELU, Rate.NORMAL).map(ConfigResult::describeRuns)
                    .orElse("no cell finished") + "): no trained pre-activations to count.");
        }
        double p = normal.get().positiveTrained();
        Verdict v = p >= 1 - RARE ? Verdict.SUPPORTED : p > 0.5 ? Verdict.PARTLY : Verdict.REFUTED;
        String high = find(results, Activation.RELU, Rate.HIGH).map(h -> String.format(
                "%s of units at the high rate, where %s of z are > 0", percent(h.deadTrained()),
                percent(h.positiveTrained()))).orElse("no finished run at the high rate");
        return new ClaimVerdict(Claim.C14, v, String.format("ReLU hidden layers: %s of pre-activations are > 0 at "
                        + "initialisation and %s after training at the normal rate, so ReLU's slope is 0 for %s "
                        + "of z (\"rare\" would be ≤ %.0f%%); %s of units are dead after training (%s).",
                percent(normal.get().positiveAtInit()), percent(p), percent(1 - p), RARE * 100,
                percent(normal.get().deadTrained()), high));
    }

    /**
     * C15 "leaky ReLU learns better than ReLU": per-run test accuracies at both rates, Welch's t-test each;
     * inconclusive when a side has fewer than two finished runs.
     */
    static ClaimVerdict judgeC15(List<ConfigResult> results) {
        List<String> parts = new ArrayList<>();
        List<ActivationVerdicts.Finding> findings = new ArrayList<>();
        List<String> dead = new ArrayList<>();
        for (Rate rate : Rate.values()) {
            Optional<ConfigResult> leaky = find(results, Activation.LEAKY_RELU, rate);
            Optional<ConfigResult> relu = find(results, Activation.RELU, rate);
            WelchTest test = WelchTest.of(accuracies(leaky), accuracies(relu));
            ActivationVerdicts.Finding finding = ActivationVerdicts.finding(test, true);
            findings.add(finding);
            parts.add(String.format("%s rate %.3f vs %.3f (n = %d vs %d, Welch p = %s)%s", rate.id(), test.meanA(),
                    test.meanB(), test.nA(), test.nB(), ActivationVerdicts.fmtP(test.p()),
                    finding == ActivationVerdicts.Finding.INCONCLUSIVE ? " [" + describe(leaky, Activation.LEAKY_RELU,
                            rate) + "; " + describe(relu, Activation.RELU, rate) + "]" : ""));
            dead.add(rate.id() + ": relu " + deadTrained(relu) + ", leaky relu " + deadTrained(leaky));
        }
        return new ClaimVerdict(Claim.C15, ActivationVerdicts.combine(findings), String.format("Test accuracy of "
                + "leaky ReLU vs ReLU: %s; dead units after training: %s.", String.join(", ", parts),
                String.join("; ", dead)));
    }

    private static double[] accuracies(Optional<ConfigResult> r) {
        return r.map(ConfigResult::accuracies).orElse(new double[0]);
    }

    private static String describe(Optional<ConfigResult> r, Activation a, Rate rate) {
        return r.map(ConfigResult::describeRuns).orElse(label(a, rate) + ": no cell finished");
    }

    private static String deadTrained(Optional<ConfigResult> r) {
        return r.map(c -> percent(c.deadTrained())).orElse("–");
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format("%.1f%%", share * 100);
    }

    private static Optional<ConfigResult> find(List<ConfigResult> results, Activation activation, Rate rate) {
        return results.stream().filter(r -> r.activation() == activation && r.rate() == rate).findFirst();
    }

    /** Runs with default settings and prints the table. */
    public static void main(String[] args) {
        ExperimentResult<DeadReluResult> result = new DeadReluExperiment().run();
        System.out.print(result.asText());
    }
}
