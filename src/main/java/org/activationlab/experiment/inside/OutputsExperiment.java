package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.diagnostics.OutputProbe;
import org.activationlab.diagnostics.OutputSummary;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Seeded;
import org.activationlab.network.Activation;
import org.activationlab.network.Loss;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.activationlab.network.Validation;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.CellTrainer;
import org.activationlab.train.TrainingSettings;

/**
 * Output heads (C1, C7, C8, C10): for each task the article's pairing against a plausible alternative,
 * on the same deep network body (two hidden layers) and the same data:
 * <ul>
 *   <li>regression: identity + MSE vs. a sigmoid output (which cannot leave (0, 1));</li>
 *   <li>binary: one sigmoid unit + binary cross-entropy vs. two softmax units;</li>
 *   <li>multi-class: softmax + multi-class cross-entropy vs. independent sigmoids trained with MSE.</li>
 * </ul>
 * Each (head, seed) is a cell; its {@link OutputProbe} measures the test outputs (their range, how far
 * rows miss summing to 1) where the cell trains.
 */
public final class OutputsExperiment extends Experiment<OutputsExperiment.Settings, OutputsResult> {
    /** Accuracy differences up to this are no difference. */
    static final double ACCURACY_MARGIN = 0.02;
    /** R² differences up to this are no difference. */
    static final double R2_MARGIN = 0.05;

    /**
     * @param regression   regression data set
     * @param binary       two-class data set
     * @param multiClass   data set with three or more classes
     * @param hiddenLayers hidden layers of every network (2 = deep in the article's sense)
     * @param width        nodes per hidden layer
     * @param epochs       training epochs
     * @param batchSize    examples per step
     * @param learningRate Adam learning rate
     * @param seeds        seeds per network
     * @param firstSeed    first seed
     */
    public record Settings(String regression, String binary, String multiClass, int hiddenLayers, int width,
                           int epochs, int batchSize, double learningRate, int seeds, long firstSeed)
            implements Seeded<Settings> {
        public Settings {
            Validation.require(hiddenLayers >= 0, "hiddenLayers", "0 or more", hiddenLayers);
            Validation.require(width >= 1, "width", "at least 1", width);
            SettingsChecks.training(epochs, batchSize, learningRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_REGRESSION = "reg-plane";
        public static final String DEFAULT_BINARY = "circle";
        public static final String DEFAULT_MULTI_CLASS = "iris";
        public static final int DEFAULT_WIDTH = 16;

        /** Quick: reg-plane, circle and iris; 2 hidden relu layers of 16; 15 epochs; 2 seeds. */
        public static Settings defaults() {
            return new Settings(DEFAULT_REGRESSION, DEFAULT_BINARY, DEFAULT_MULTI_CLASS, 2, DEFAULT_WIDTH, 15, 50, 0.01, 2, 1);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(regression, binary, multiClass, hiddenLayers, width, epochs, batchSize, learningRate,
                    n, firstSeed);
        }
    }

    /**
     * One head on one task, averaged over seeds.
     *
     * @param task           regression, binary or multi-class
     * @param dataset        data set
     * @param head           the head in words
     * @param articlePairing whether this is the article's choice
     * @param parameters     weights and biases of the network
     * @param testAccuracy   classification accuracy (NaN for regression)
     * @param testMse        mean squared error of the outputs
     * @param testR2         R² (NaN for classification)
     * @param outputSumError mean |Σ outputs − 1| per example (0 for probabilities over classes)
     * @param predictionMin  smallest test output
     * @param predictionMax  largest test output
     * @param targetMin      smallest test target
     * @param targetMax      largest test target
     * @param initialLoss    training loss at initialisation
     * @param finalLoss      training loss after the last epoch
     */
    public record HeadResult(String task, String dataset, String head, boolean articlePairing, long parameters,
                             double testAccuracy, double testMse, double testR2, double outputSumError,
                             double predictionMin, double predictionMax, double targetMin, double targetMax,
                             double initialLoss, double finalLoss) {
    }

    /** A head to try on a task, on the task's data. */
    record Variant(Task task, OutputHead head, boolean articlePairing, String dataset) {
        /** "softmax × 3 + multi-class cross-entropy". */
        String headName() {
            return head.activation() + " × " + head.units() + " + " + head.loss().description();
        }

        /** The cells' label: task and head. */
        String label() {
            return task.description() + ": " + headName();
        }
    }

    public OutputsExperiment(Settings settings) {
        super("outputs", "output heads per task: the article's pairing vs. an alternative, on a deep network",
                List.of(Claim.C1, Claim.C7, Claim.C8, Claim.C10), settings);
    }

    public OutputsExperiment() {
        this(Settings.defaults());
    }

    private DataOptions dataOptions() {
        return DataOptions.defaults().withSeed(settings.firstSeed());
    }

    /** The data of {@code v}, loaded once per JVM (its cells train on the same copy). */
    private Dataset data(Variant v) {
        return CellTrainer.dataset(v.dataset(), dataOptions());
    }

    /** Each task's article pairing, then its alternative; the multi-class heads need the class count. */
    List<Variant> variants() {
        int classes = CellTrainer.dataset(settings.multiClass(), dataOptions()).numOutputs();
        return List.of(
                new Variant(Task.REGRESSION, OutputHead.regression(1), true, settings.regression()),
                new Variant(Task.REGRESSION, OutputHead.override(Task.REGRESSION, 1, Activation.SIGMOID, Loss.MSE),
                        false, settings.regression()),
                new Variant(Task.BINARY, OutputHead.binary(), true, settings.binary()),
                new Variant(Task.BINARY, OutputHead.override(Task.BINARY, 2, Activation.SOFTMAX,
                        Loss.MULTICLASS_CROSS_ENTROPY), false, settings.binary()),
                new Variant(Task.MULTICLASS, OutputHead.multiClass(classes), true, settings.multiClass()),
                new Variant(Task.MULTICLASS, OutputHead.override(Task.MULTICLASS, classes, Activation.SIGMOID,
                        Loss.MSE), false, settings.multiClass()));
    }

    private NetworkSpec spec(Variant v) {
        return body(data(v).numFeatures()).output(v.head()).build();
    }

    /** One cell per head and seed, each measuring its test outputs once trained. */
    @Override
    protected List<Cell> cells() {
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize(), settings.epochs());
        List<Cell> cells = new ArrayList<>();
        for (Variant v : variants()) {
            NetworkSpec spec = spec(v);
            for (int i = 0; i < settings.seeds(); i++) {
                cells.add(new Cell(v.label(), v.dataset(), dataOptions(), spec.withSeed(settings.firstSeed() + i),
                        training, List.of(new OutputProbe())));
            }
        }
        return cells;
    }

    @Override
    protected OutputsResult summarise(List<CellResult> cells) {
        List<HeadResult> results = new ArrayList<>();
        List<HeadResult> runs = new ArrayList<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Variant v : variants()) {
            descriptions.put(v.label(), spec(v).describe());
            List<HeadResult> seeds = cells.stream().filter(r -> !r.failed() && r.cell().label().equals(v.label()))
                    .map(r -> measure(v, r)).toList(); // failed cells: counted in the provenance, in no average
            runs.addAll(seeds);
            if (!seeds.isEmpty()) {
                results.add(average(seeds));
            }
        }
        List<String> datasets = List.of(settings.regression(), settings.binary(), settings.multiClass());
        NetworkSpec shallow = NetworkSpec.input(2).hidden(settings.width(), Activation.RELU).output(OutputHead.binary())
                .build();
        return new OutputsResult(OutputVerdicts.judge(results, body(2).output(OutputHead.binary()).build(), shallow),
                results, runs, descriptions, datasets);
    }

    /** The shared body: {@code hiddenLayers} ReLU layers; only the head differs between variants. */
    private NetworkSpec.Builder body(int inputs) {
        return NetworkSpec.input(inputs).hidden(settings.hiddenLayers(), settings.width(), Activation.RELU)
                .optimizer(Optimizer.adam(settings.learningRate()));
    }

    private static HeadResult measure(Variant v, CellResult r) {
        OutputSummary out = r.measurement(OutputSummary.class).orElseThrow();
        return new HeadResult(v.task().description(), v.dataset(), v.headName(), v.articlePairing(),
                r.cell().spec().parameterCount(), r.last().testAccuracy(), r.last().testMse(), r.last().testR2(),
                out.rowSumError(), out.predictionMin(), out.predictionMax(), out.targetMin(), out.targetMax(),
                r.history().epochs().get(0).trainLoss(), r.last().trainLoss());
    }

    private static HeadResult average(List<HeadResult> seeds) {
        HeadResult f = seeds.get(0);
        return new HeadResult(f.task(), f.dataset(), f.head(), f.articlePairing(), f.parameters(),
                mean(seeds, HeadResult::testAccuracy), mean(seeds, HeadResult::testMse), mean(seeds, HeadResult::testR2),
                mean(seeds, HeadResult::outputSumError),
                seeds.stream().mapToDouble(HeadResult::predictionMin).min().orElseThrow(),
                seeds.stream().mapToDouble(HeadResult::predictionMax).max().orElseThrow(), f.targetMin(), f.targetMax(),
                mean(seeds, HeadResult::initialLoss), mean(seeds, HeadResult::finalLoss));
    }

    private static double mean(List<HeadResult> rows, java.util.function.ToDoubleFunction<HeadResult> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /** Runs with default settings and prints the table. */
    public static void main(String[] args) {
        ExperimentResult<OutputsResult> result = new OutputsExperiment().run();
        System.out.print(result.asText());
    }
}
