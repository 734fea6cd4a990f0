package org.activationlab.experiment;

import org.activationlab.sweep.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.activationlab.train.TrainingSettings;

/**
 * Activation showdown (C12, C13, C15): networks that differ only in their hidden activation, trained on
 * the same data in the same order over several seeds, compared with Welch's t-test.
 *
 * <p>For seed s every activation gets the same initial-weight seed and, through {@link Trainer}, the
 * same batch order; the optimizer, learning rate, L2, widths, output head and weight-init setting are
 * shared (AUTO, the default, resolves to He or Xavier by activation). Runs whose training or test loss
 * turns NaN/∞ are kept and marked diverged, but left out of the statistics.
 */
public final class CompareExperiment extends Experiment<CompareExperiment.Settings> {

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
     * @param weightInit  initial-weight scheme; AUTO gives each activation its textbook one (He before
     *                    ReLU and leaky ReLU, Xavier before the others), fix it to compare on equal footing
     * @param target      test metric (accuracy or R²) whose first reaching counts as "trained"
     */
    public record Settings(String dataset, DataOptions data, List<Integer> hidden, List<Activation> activations,
                           int seeds, long firstSeed, int epochs, int batchSize, Optimizer optimizer, double l2,
                           WeightInitChoice weightInit, double target) {
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

        /**
         * Quick defaults, chosen for run time (about 11 s of CPU, one thread), not for any outcome:
         * Playground's circle with its defaults (500 points, no noise, half for training), two hidden
         * layers of 8, the article's four activations, 5 seeds, 15 epochs of Adam (0.02) in batches of 25,
         * target accuracy 0.9.
         */
        public static Settings defaults() {
            return new Settings("circle", DataOptions.defaults(), List.of(8, 8),
                    List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU),
                    5, 1, 15, 25, Optimizer.adam(0.02), 0, WeightInitChoice.AUTO, 0.9);
        }

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

    /** One finished run, kept until the statistics are done. */
    record Run(Activation activation, long seed, NetworkSpec spec, List<EpochMetrics> history, int divergedEpoch) {
        String id() {
            return activation.id() + "-s" + seed;
        }

        boolean diverged() {
            return divergedEpoch >= 0;
        }

        EpochMetrics last() {
            return history.get(history.size() - 1);
        }

        /** The first evaluation whose metric reaches {@code target}. */
        Optional<EpochMetrics> firstReaching(Metric metric, double target) {
            return history.stream().filter(m -> metric.of(m) >= target).findFirst();
        }
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

    @Override
    protected Outcome execute(Progress progress) {
        Dataset data = CellTrainer.dataset(settings.dataset(), settings.data()); // shared with the sweep's cells
        Metric metric = Metric.of(data);
        List<String> failures = new ArrayList<>();
        List<Run> runs = train(data, progress, failures);

        List<ActivationResult> results = new ArrayList<>();
        List<ActivationVerdicts.Samples> samples = new ArrayList<>();
        for (Activation activation : settings.activations()) {
            List<Run> own = runs.stream().filter(r -> r.activation() == activation).toList();
            results.add(summarise(activation, own, metric));
            samples.add(samples(activation, own, metric));
        }
        var measure = new ActivationVerdicts.Measure(metric.label(), settings.target(), settings.epochs());
        List<PairComparison> comparisons = compare(samples, measure);
        CompareFigures figures = new CompareFigures(metric, settings.activations(), runs, results);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dataset", describe(data));
        details.put("metric", metric.label());
        details.put("target", settings.target());
        details.put("seeds", runs.stream().map(Run::seed).distinct().toList());
        details.put("comparisons", comparisons);
        details.put("diverged", runs.stream().filter(Run::diverged)
                .map(r -> new DivergedRun(r.id(), r.activation().id(), r.seed(), r.divergedEpoch())).toList());
        Map<String, NetworkSpec> specs = new LinkedHashMap<>();
        runs.forEach(r -> specs.put(r.id(), r.spec()));
        details.put("specs", specs);
        if (!failures.isEmpty()) {
            details.put("failed", failures);
        }
        return new Outcome(ActivationVerdicts.judge(samples, measure), results, rows(data, runs), details,
                figures.all(), table(results, metric));
    }

    /**
     * One cell per activation and seed, trained through the sweep (parallel, resumable); each run's
     * numbers depend only on its own spec and the data. Cells that fail are listed in {@code failures}.
     */
    private List<Run> train(Dataset data, Progress progress, List<String> failures) {
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize());
        List<Cell> cells = new ArrayList<>();
        for (Activation activation : settings.activations()) {
            for (int i = 0; i < settings.seeds(); i++) {
                long seed = settings.firstSeed() + i;
                cells.add(new Cell(activation.id() + "-s" + seed, settings.dataset(), settings.data(),
                        spec(data, activation, seed), training));
            }
        }
        List<Run> runs = new ArrayList<>();
        for (CellResult r : sweep(cells, progress)) {
            if (r.failed()) {
                failures.add(r.cell() + ": " + r.error());
                continue;
            }
            NetworkSpec spec = r.cell().spec();
            runs.add(new Run(spec.hidden().get(0).activation(), spec.seed(), spec, r.history(), r.divergedEpoch()));
        }
        return runs;
    }

    private ActivationResult summarise(Activation activation, List<Run> runs, Metric metric) {
        List<Run> ok = runs.stream().filter(r -> !r.diverged()).toList();
        List<EpochMetrics> reached = ok.stream().flatMap(r -> r.firstReaching(metric, settings.target()).stream())
                .toList();
        return new ActivationResult(activation.id(), runs.size(), runs.size() - ok.size(), metric.label(),
                Summary.of(ok.stream().mapToDouble(r -> metric.of(r.last())).toArray()),
                Summary.of(ok.stream().mapToDouble(r -> r.last().testLoss()).toArray()),
                Summary.of(ok.stream().mapToDouble(r -> r.last().trainLoss()).toArray()),
                reached.size(),
                Summary.of(reached.stream().mapToDouble(EpochMetrics::epoch).toArray()),
                Summary.of(reached.stream().mapToDouble(EpochMetrics::seconds).toArray()),
                CompareFigures.band(ok, EpochMetrics::trainLoss).mean());
    }

    private ActivationVerdicts.Samples samples(Activation activation, List<Run> runs, Metric metric) {
        List<Run> ok = runs.stream().filter(r -> !r.diverged()).toList();
        double[] finals = ok.stream().mapToDouble(r -> metric.of(r.last())).toArray();
        double[] epochs = ok.stream().mapToDouble(r -> r.firstReaching(metric, settings.target())
                .map(EpochMetrics::epoch).orElse(settings.epochs() + 1)).toArray();
        return new ActivationVerdicts.Samples(activation, finals, epochs, runs.size() - ok.size());
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
        };
        return new PairComparison(measure, a.activation().id(), b.activation().id(), test, finding);
    }

    private static List<EpochRow> rows(Dataset data, List<Run> runs) {
        List<EpochRow> rows = new ArrayList<>();
        for (Run r : runs) {
            for (EpochMetrics m : r.history()) {
                rows.add(new EpochRow(r.id(), data.name(), r.activation().id(), r.seed(), m.epoch(), m.trainLoss(),
                        m.testLoss(), m.testAccuracy(), m.testMse(), m.testR2(), m.seconds(), r.diverged(),
                        r.divergedEpoch()));
            }
        }
        return rows;
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

    private Table table(List<ActivationResult> results, Metric metric) {
        String target = (metric == Metric.ACCURACY ? "acc" : "R²") + " ≥ " + Table.format(settings.target());
        Table table = Table.of(List.of("activation", "runs", "diverged", metric.label() + " mean ± std", "95% CI",
                "reached " + target, "epochs to it (median)", "seconds to it (mean)", "final train loss"));
        for (ActivationResult r : results) {
            Summary m = r.finalMetric();
            table = table.withRow(r.activation(), r.runs(), r.diverged(),
                    Table.format(m.mean()) + " ± " + Table.format(m.std()),
                    "[" + Table.format(m.ciLow()) + ", " + Table.format(m.ciHigh()) + "]",
                    r.reachedTarget() + "/" + (r.runs() - r.diverged()),
                    ActivationVerdicts.fmtEpochs(r.epochsToTarget().median()),
                    r.secondsToTarget().mean(), r.finalTrainLoss().mean());
        }
        return table;
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
        ExperimentResult result = new CompareExperiment().run();
        System.out.print(result.asText());
        @SuppressWarnings("unchecked")
        List<PairComparison> comparisons = (List<PairComparison>) result.details().get("comparisons");
        System.out.print(comparisonTable(comparisons).render());
    }
}
