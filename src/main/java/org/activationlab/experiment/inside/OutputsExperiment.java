package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.sweep.Progress;
import org.activationlab.experiment.Table;
import org.activationlab.network.Activation;
import org.activationlab.network.Loss;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.activationlab.network.Validation;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Output heads (C1, C7, C8, C10): for each task the article's pairing against a plausible alternative,
 * on the same deep network body (two hidden layers) and the same data:
 * <ul>
 *   <li>regression: identity + MSE vs. a sigmoid output (which cannot leave (0, 1));</li>
 *   <li>binary: one sigmoid unit + binary cross-entropy vs. two softmax units;</li>
 *   <li>multi-class: softmax + multi-class cross-entropy vs. independent sigmoids trained with MSE.</li>
 * </ul>
 */
public final class OutputsExperiment extends Experiment.Loop<OutputsExperiment.Settings> {
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
                           int epochs, int batchSize, double learningRate, int seeds, long firstSeed) {
        public Settings {
            Validation.require(hiddenLayers >= 0, "hiddenLayers", "0 or more", hiddenLayers);
            Validation.require(width >= 1, "width", "at least 1", width);
            SettingsChecks.training(epochs, batchSize, learningRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** Quick: reg-plane, circle and iris; 2 hidden relu layers of 16; 15 epochs; 2 seeds. */
        public static Settings defaults() {
            return new Settings("reg-plane", "circle", "iris", 2, 16, 15, 50, 0.01, 2, 1);
        }

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

    /** A head to try on a task. */
    private record Variant(Task task, OutputHead head, boolean articlePairing) {
    }

    public OutputsExperiment(Settings settings) {
        super("outputs", "output heads per task: the article's pairing vs. an alternative, on a deep network",
                List.of(Claim.C1, Claim.C7, Claim.C8, Claim.C10), settings);
    }

    public OutputsExperiment() {
        this(Settings.defaults());
    }

    @Override
    protected Outcome execute(Progress progress) {
        Map<Task, Dataset> data = new LinkedHashMap<>();
        data.put(Task.REGRESSION, Datasets.load(settings.regression(), DataOptions.defaults().withSeed(settings.firstSeed())));
        data.put(Task.BINARY, Datasets.load(settings.binary(), DataOptions.defaults().withSeed(settings.firstSeed())));
        data.put(Task.MULTICLASS, Datasets.load(settings.multiClass(), DataOptions.defaults().withSeed(settings.firstSeed())));
        int classes = data.get(Task.MULTICLASS).numOutputs();
        List<Variant> variants = List.of(
                new Variant(Task.REGRESSION, OutputHead.regression(1), true),
                new Variant(Task.REGRESSION, OutputHead.override(Task.REGRESSION, 1, Activation.SIGMOID, Loss.MSE), false),
                new Variant(Task.BINARY, OutputHead.binary(), true),
                new Variant(Task.BINARY, OutputHead.override(Task.BINARY, 2, Activation.SOFTMAX,
                        Loss.MULTICLASS_CROSS_ENTROPY), false),
                new Variant(Task.MULTICLASS, OutputHead.multiClass(classes), true),
                new Variant(Task.MULTICLASS, OutputHead.override(Task.MULTICLASS, classes, Activation.SIGMOID, Loss.MSE),
                        false));
        progress.start("outputs", (long) variants.size() * settings.seeds());
        List<HeadResult> results = new ArrayList<>();
        List<HeadResult> runs = new ArrayList<>();
        Map<String, Object> descriptions = new LinkedHashMap<>();
        for (Variant v : variants) {
            Dataset d = data.get(v.task());
            NetworkSpec spec = body(d.numFeatures()).output(v.head()).build();
            descriptions.put(v.task().description() + ": " + v.head().describe(), spec.describe());
            List<HeadResult> seeds = new ArrayList<>();
            for (int i = 0; i < settings.seeds(); i++) {
                TrainingRun run = Trainer.train(spec.withSeed(settings.firstSeed() + i), d,
                        new TrainingSettings(settings.epochs(), settings.batchSize(), settings.epochs()));
                seeds.add(measure(v, d, run));
                progress.step();
            }
            runs.addAll(seeds);
            results.add(average(seeds));
        }
        progress.done();
        Table table = Table.of(List.of("task", "head", "article's", "accuracy", "R²", "|Σout-1|", "output range",
                "target range", "loss init→end"));
        for (HeadResult r : results) {
            table = table.withRow(r.task(), r.head(), r.articlePairing() ? "yes" : "no", r.testAccuracy(), r.testR2(),
                    r.outputSumError(), String.format("[%.2f, %.2f]", r.predictionMin(), r.predictionMax()),
                    String.format("[%.2f, %.2f]", r.targetMin(), r.targetMax()),
                    String.format("%.3f→%.3f", r.initialLoss(), r.finalLoss()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("describe", descriptions);
        details.put("datasets", data.values().stream().map(Dataset::name).toList());
        NetworkSpec shallow = NetworkSpec.input(2).hidden(settings.width(), Activation.RELU).output(OutputHead.binary())
                .build();
        return new Outcome(OutputVerdicts.judge(results, body(2).output(OutputHead.binary()).build(), shallow),
                results, runs, details, List.of(), table);
    }

    /** The shared body: {@code hiddenLayers} ReLU layers; only the head differs between variants. */
    private NetworkSpec.Builder body(int inputs) {
        return NetworkSpec.input(inputs).hidden(settings.hiddenLayers(), settings.width(), Activation.RELU)
                .optimizer(Optimizer.adam(settings.learningRate()));
    }

    private static HeadResult measure(Variant v, Dataset d, TrainingRun run) {
        INDArray x = d.test().getFeatures();
        INDArray y = Dataset.labelsFor(d.test().getLabels(), v.head());
        INDArray out = run.network().output(x, false);
        double sumError = v.head().units() == 1 ? Double.NaN
                : Transforms.abs(out.sum(1).subi(1), false).meanNumber().doubleValue();
        return new HeadResult(v.task().description(), d.name(), v.head().activation() + " × " + v.head().units()
                + " + " + v.head().loss().description(), v.articlePairing(), run.spec().parameterCount(),
                run.last().testAccuracy(), run.last().testMse(), run.last().testR2(), sumError,
                out.minNumber().doubleValue(), out.maxNumber().doubleValue(), y.minNumber().doubleValue(),
                y.maxNumber().doubleValue(), run.history().epochs().get(0).trainLoss(), run.last().trainLoss());
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
        ExperimentResult<?> result = new OutputsExperiment().run();
        System.out.print(result.asText());
    }
}
