package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.network.Activation;
import org.activationlab.network.HiddenLayer;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;
import org.activationlab.network.WeightInitChoice;
import org.activationlab.stats.Summary;
import org.activationlab.stats.WelchTest;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.CellTrainer;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.TrainingHistory;
import org.activationlab.train.TrainingSettings;

/**
 * Activation showdown (C12, C13, C15): networks that differ only in their hidden activation, trained on
 * the same data in the same order over several seeds, compared with Welch's t-test.
 *
 * <p>For seed s every activation gets the same initial-weight seed and, through the trainer, the
 * same batch order; the optimizer, learning rate, L2, widths, output head and weight-init setting are
 * shared (AUTO, the default, resolves to He or Xavier by activation). Runs whose training or test loss
 * turns NaN/∞ are kept and marked diverged, but left out of the statistics.
 */
public final class CompareExperiment extends Experiment<CompareExperiment.Settings, CompareResult> {

    /**
     * @param dataset     dataset name for {@link Datasets#load}
     * @param data        how to make or read it
     * @param hidden      hidden-layer widths, first to last
     * @param activations hidden activations compared (every hidden layer uses the same one)
     * @param seeds       runs per activation (seeds firstSeed, firstSeed+1, …)
     * @param firstSeed   first seed
     * @param epochs      passes over the training set
     * @param batchSize   examples per gradient step
     * @param optimizer   update rule and learning rate
     * @param l2          L2 weight penalty
     * @param weightInit  initial-weight scheme; AUTO gives each activation its own (see
     *                    {@link WeightInitChoice#auto}), fix it to compare on equal footing
     * @param target      test metric (accuracy or R²) whose first reaching counts as "trained"
     */
    public record Settings(String dataset, DataOptions data, List<Integer> hidden, List<Activation> activations,
                           int seeds, long firstSeed, int epochs, int batchSize, Optimizer optimizer, double l2,
                           WeightInitChoice weightInit, double target)
            implements Seeded<Settings> {
        public Settings {
            Validation.require(dataset != null && !dataset.isBlank(), "dataset", "a dataset name", dataset);
            Validation.require(data != null, "data", "data options", "null");
            Validation.require(hidden != null && !hidden.isEmpty(), "hidden",
                    "at least one hidden layer (the activation lives there)", hidden);
            Validation.require(activations != null && !activations.isEmpty(), "activations",
                    "at least one hidden activation", activations);
            Validation.require(activations.stream().distinct().count() == activations.size(), "activations",
                    "each activation once", activations);
            Validation.require(seeds >= 1, "seeds", "at least 1", seeds);
            Validation.require(firstSeed >= 0, "firstSeed", "a seed ≥ 0", firstSeed);
            Validation.require(optimizer != null, "optimizer", "an optimizer", "null");
            Validation.require(weightInit != null, "weightInit", "one of AUTO, XAVIER, HE, NORMAL", "null");
            Validation.require(Double.isFinite(target), "target", "a finite accuracy or R²", target);
            hidden = List.copyOf(hidden);
            activations = List.copyOf(activations);
            new TrainingSettings(epochs, batchSize); // same epoch and batch checks as everywhere
            // The same width and activation checks as every spec (softmax is no hidden activation).
            hidden.forEach(width -> new HiddenLayer(width, Activation.IDENTITY));
            activations.forEach(a -> new HiddenLayer(1, a));
            Validation.require(l2 >= 0 && Double.isFinite(l2), "l2", "a finite number ≥ 0", l2);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_DATASET = "circle";
        public static final int DEFAULT_WIDTH = 8;

        /**
         * Quick defaults, chosen for run time (about 11 s of CPU, one thread), not for any outcome:
         * Playground's circle with its defaults (500 points, no noise, half for training), two hidden
         * layers of 8, the article's four activations, 5 seeds, 15 epochs of Adam (0.02) in batches of 25,
         * target accuracy 0.9.
         */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATASET, DataOptions.defaults(), List.of(DEFAULT_WIDTH, DEFAULT_WIDTH),
                    List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU),
                    5, 1, 15, 25, Optimizer.adam(0.02), 0, WeightInitChoice.AUTO, 0.9);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(dataset, data, hidden, activations, n, firstSeed, epochs, batchSize, optimizer, l2,
                    weightInit, target);
        }

        public Settings withActivations(List<Activation> list) {
            return new Settings(dataset, data, hidden, list, seeds, firstSeed, epochs, batchSize, optimizer, l2,
                    weightInit, target);
        }
    }

    /** The metric judged; higher is better for both. */
    public enum Metric {
        /** Classification: fraction of test examples classified right. */
        ACCURACY("test accuracy", EpochMetrics::testAccuracy),
        /** Regression: coefficient of determination on the test set. */
        R2("test R²", EpochMetrics::testR2);

        private final String label;
        private final ToDoubleFunction<EpochMetrics> read;

        Metric(String label, ToDoubleFunction<EpochMetrics> read) {
            this.label = label;
            this.read = read;
        }

        public String label() {
            return label;
        }

        public double of(EpochMetrics m) {
            return read.applyAsDouble(m);
        }

        static Metric of(Dataset data) {
            return data.task().isClassification() ? ACCURACY : R2;
        }
    }

    /** One CSV row: one run at one epoch (tidy: ready for pandas or a spreadsheet pivot). */
    public record EpochRow(String runId, String dataset, String activation, long seed, int epoch, double trainLoss,
                           double testLoss, double testAccuracy, double testMse, double testR2, double seconds,
                           boolean diverged, int divergedEpoch) {
    }

    /**
     * One activation over its seeds; statistics cover the runs that did not diverge.
     *
     * @param activation      hidden activation
     * @param runs            runs made
     * @param diverged        runs whose loss became NaN/∞
     * @param metric          the metric summarised
     * @param finalMetric     final test metric
     * @param finalTestLoss   final test loss
     * @param finalTrainLoss  final training loss (mean minibatch loss of the last epoch)
     * @param reachedTarget   runs that reached the target metric
     * @param epochsToTarget  epochs to the target, over runs that reached it
     * @param secondsToTarget training seconds to the target, over runs that reached it
     * @param meanTrainLoss   mean training loss per epoch (index = epoch; 0 = before training)
     */
    public record ActivationResult(String activation, int runs, int diverged, String metric, Summary finalMetric,
                                   Summary finalTestLoss, Summary finalTrainLoss, int reachedTarget,
                                   Summary epochsToTarget, Summary secondsToTarget, double[] meanTrainLoss) {
    }

    /** Welch's t-test between two activations on one measure ("final test accuracy", "epochs to target"). */
    public record PairComparison(String measure, String a, String b, WelchTest test, String finding) {
    }

    /** A run whose training or test loss became NaN/∞ (the trainer stopped it there). */
    public record DivergedRun(String runId, String activation, long seed, int epoch) {
    }

    /** One trained (possibly diverged) run: what the statistics, figures and CSV are computed from. */
    public record Run(Activation activation, long seed, NetworkSpec spec, TrainingHistory history) {
        public String id() {
            return activation.id() + "-s" + seed;
        }

        public boolean diverged() {
            return history.diverged();
        }
    }

    /**
     * The values of summary.json's {@code "details"}.
     *
     * @param dataset     the dataset's name, task, sizes and parameters
     * @param metric      the metric judged
     * @param target      the target metric for "epochs to target"
     * @param seeds       seeds of the runs made
     * @param comparisons Welch's test for every pair of activations on both measures
     * @param diverged    runs whose loss became NaN/∞
     * @param specs       every run's network, by run id
     */
    public record Details(Map<String, Object> dataset, String metric, double target, List<Long> seeds,
                          List<PairComparison> comparisons, List<DivergedRun> diverged,
                          Map<String, NetworkSpec> specs) {
    }

    /** Data is named, not passed in: every training cell regenerates or rereads it from its parameters. */
    public CompareExperiment(Settings settings) {
        super("compare", "hidden activations compared over seeds on the same data, with Welch's t-test",
                List.of(Claim.C12, Claim.C13, Claim.C15), settings);
    }

    public CompareExperiment() {
        this(Settings.defaults());
    }

    /** The network for one activation and seed: everything but the hidden activation is shared. */
    public NetworkSpec spec(Dataset data, Activation activation, long seed) {
        NetworkSpec.Builder b = NetworkSpec.input(data.numFeatures());
        settings.hidden().forEach(width -> b.hidden(width, activation));
        return b.output(data.defaultHead()).weightInit(settings.weightInit()).optimizer(settings.optimizer())
                .l2(settings.l2()).seed(seed).build();
    }

    /** The dataset, loaded once and shared with the sweep's local cells (for its input size and head). */
    private Dataset data() {
        return CellTrainer.dataset(settings.dataset(), settings.data());
    }

    /** One cell per activation and seed; each run's numbers depend only on its own spec and the data. */
    @Override
    protected List<Cell> cells() {
        Dataset data = data();
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize());
        List<Cell> cells = new ArrayList<>();
        for (Activation activation : settings.activations()) {
            for (int i = 0; i < settings.seeds(); i++) {
                long seed = settings.firstSeed() + i;
                cells.add(new Cell(activation.id() + "-s" + seed, settings.dataset(), settings.data(),
                        spec(data, activation, seed), training));
            }
        }
        return cells;
    }

    @Override
    protected CompareResult summarise(List<CellResult> cells) {
        Dataset data = data();
        Metric metric = Metric.of(data);
        List<Run> runs = cells.stream().filter(r -> !r.failed()).map(r -> new Run(activationOf(r.cell()),
                r.cell().seed(), r.cell().spec(), r.history())).toList();
        List<ActivationResult> results = new ArrayList<>();
        List<ActivationVerdicts.Samples> samples = new ArrayList<>();
        for (Activation activation : settings.activations()) {
            List<Run> own = runs.stream().filter(r -> r.activation() == activation).toList();
            int failed = (int) cells.stream().filter(r -> r.failed() && activationOf(r.cell()) == activation).count();
            results.add(summarise(activation, own, metric));
            samples.add(samples(activation, own, metric, failed));
        }
        var measure = new ActivationVerdicts.Measure(metric.label(), settings.target(), settings.epochs());
        Map<String, NetworkSpec> specs = new LinkedHashMap<>();
        runs.forEach(r -> specs.put(r.id(), r.spec()));
        Details details = new Details(describe(data), metric.label(), settings.target(),
                runs.stream().map(Run::seed).distinct().toList(), compare(samples, measure),
                runs.stream().filter(Run::diverged).map(r -> new DivergedRun(r.id(), r.activation().id(), r.seed(),
                        r.history().divergedEpoch())).toList(), specs);
        return new CompareResult(ActivationVerdicts.judge(samples, measure), results, details, runs, metric,
                settings.activations(), settings.target(), data.name());
    }

    private static Activation activationOf(Cell cell) {
        return cell.spec().hidden().get(0).activation();
    }

    private ActivationResult summarise(Activation activation, List<Run> runs, Metric metric) {
        List<Run> ok = runs.stream().filter(r -> !r.diverged()).toList();
        List<EpochMetrics> reached = ok.stream().flatMap(r -> r.history().firstReaching(settings.target(), metric::of)
                .stream()).toList();
        return new ActivationResult(activation.id(), runs.size(), runs.size() - ok.size(), metric.label(),
                Summary.of(ok.stream().mapToDouble(r -> metric.of(r.history().last())).toArray()),
                Summary.of(ok.stream().mapToDouble(r -> r.history().last().testLoss()).toArray()),
                Summary.of(ok.stream().mapToDouble(r -> r.history().last().trainLoss()).toArray()),
                reached.size(),
                Summary.of(reached.stream().mapToDouble(EpochMetrics::epoch).toArray()),
                Summary.of(reached.stream().mapToDouble(EpochMetrics::seconds).toArray()),
                CompareFigures.band(ok, EpochMetrics::trainLoss).mean());
    }

    private ActivationVerdicts.Samples samples(Activation activation, List<Run> runs, Metric metric, int failed) {
        List<Run> ok = runs.stream().filter(r -> !r.diverged()).toList();
        double[] finals = ok.stream().mapToDouble(r -> metric.of(r.history().last())).toArray();
        double[] epochs = ok.stream().mapToDouble(r -> r.history().firstReaching(settings.target(), metric::of)
                .map(EpochMetrics::epoch).orElse(settings.epochs() + 1)).toArray();
        return new ActivationVerdicts.Samples(activation, finals, epochs, runs.size() - ok.size(), failed);
    }

    /** Every pair of activations on both measures. */
    private static List<PairComparison> compare(List<ActivationVerdicts.Samples> samples,
                                                ActivationVerdicts.Measure measure) {
        List<PairComparison> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            for (int j = i + 1; j < samples.size(); j++) {
                var a = samples.get(i);
                var b = samples.get(j);
                out.add(pair("final " + measure.metric(), a, b, WelchTest.of(a.finalMetric(), b.finalMetric()), true));
                out.add(pair("epochs to " + measure.metric() + " " + Table.format(measure.target()), a, b,
                        WelchTest.of(a.epochsToTarget(), b.epochsToTarget()), false));
            }
        }
        return out;
    }

    private static PairComparison pair(String measure, ActivationVerdicts.Samples a, ActivationVerdicts.Samples b,
                                       WelchTest test, boolean higherIsBetter) {
        String finding = switch (ActivationVerdicts.finding(test, higherIsBetter)) {
            case BETTER -> a.activation() + " better";
            case WORSE -> b.activation() + " better";
            case NOT_SIGNIFICANT -> "not significant";
            case INCONCLUSIVE -> "inconclusive (fewer than " + ActivationVerdicts.MIN_RUNS + " runs)";
        };
        return new PairComparison(measure, a.activation().id(), b.activation().id(), test, finding);
    }

    /** The dataset's provenance: name, task, sizes and how it was made. */
    private static Map<String, Object> describe(Dataset data) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", data.name());
        d.put("task", data.task().description());
        d.put("features", data.numFeatures());
        d.put("outputs", data.numOutputs());
        d.put("train_examples", data.train().getFeatures().rows());
        d.put("test_examples", data.test().getFeatures().rows());
        d.put("parameters", new TreeMap<>(data.parameters()));
        return d;
    }

    /** The pairwise t-tests as a table, for the terminal. */
    public static Table comparisonTable(List<PairComparison> comparisons) {
        Table table = Table.of(List.of("measure", "a", "b", "mean a", "mean b", "t", "df", "p", "finding"));
        for (PairComparison c : comparisons) {
            WelchTest t = c.test();
            table = table.withRow(c.measure(), c.a(), c.b(), t.meanA(), t.meanB(), t.t(), t.df(),
                    ActivationVerdicts.fmtP(t.p()), c.finding());
        }
        return table;
    }

    /** Runs with default settings and prints the tables: {@code java … CompareExperiment}. */
    public static void main(String[] args) {
        ExperimentResult<CompareResult> result = new CompareExperiment().run();
        System.out.print(result.asText());
        System.out.print(comparisonTable(result.findings().comparisons()).render());
    }
}
