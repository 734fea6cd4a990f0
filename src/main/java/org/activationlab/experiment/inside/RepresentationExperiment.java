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
import org.activationlab.experiment.Figure;
import org.activationlab.sweep.Progress;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Validation;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Representation learning (C3): an MLP whose last hidden layer has only two units is trained on data no
 * straight line separates (circle, XOR). A logistic regression (a perceptron: one sigmoid unit) is then
 * trained twice, on the raw inputs and on the two learned hidden coordinates.
 *
 * <p>If the hidden layers learned the features that matter, the classes become linearly separable in
 * the hidden coordinates even though they are not in the input.
 */
public final class RepresentationExperiment extends Experiment.Loop<RepresentationExperiment.Settings> {
    /** Raw-input accuracy up to this counts as "near chance" for a balanced two-class set. */
    static final double NEAR_CHANCE = 0.7;
    /** Hidden-representation accuracy from this counts as "≈ 100 %". */
    static final double SEPARABLE = 0.95;

    /**
     * @param dataset      a two-class data set with 2 inputs
     * @param firstWidth   nodes in the first hidden layer
     * @param hiddenWidth  nodes in the last hidden layer: the representation (2 to plot it)
     * @param activation   hidden activation
     * @param epochs       epochs for the MLP and for each logistic regression
     * @param batchSize    examples per step
     * @param learningRate Adam learning rate
     * @param seeds        seeds (one MLP and two logistic regressions each)
     * @param firstSeed    first seed (also the data seed)
     */
    public record Settings(String dataset, int firstWidth, int hiddenWidth, Activation activation, int epochs,
                           int batchSize, double learningRate, int seeds, long firstSeed) {
        public Settings {
            Validation.require(dataset != null && !dataset.isBlank(), "dataset", "a two-class data set name", dataset);
            Validation.require(firstWidth >= 1, "firstWidth", "at least 1", firstWidth);
            Validation.require(hiddenWidth >= 2, "hiddenWidth", "at least 2 (the learned coordinates are plotted in 2-D)",
                    hiddenWidth);
            Validation.require(activation != null && activation != Activation.IDENTITY
                            && activation != Activation.SOFTMAX, "activation",
                    "a non-linear hidden activation " + Activation.allHidden(), activation);
            SettingsChecks.training(epochs, batchSize, learningRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** Quick: circle, 2-8-2(tanh)-1, 30 epochs, one seed. */
        public static Settings defaults() {
            return new Settings("circle", 8, 2, Activation.TANH, 30, 50, 0.03, 1, 1);
        }

        public Settings withSeeds(int n) {
            return new Settings(dataset, firstWidth, hiddenWidth, activation, epochs, batchSize, learningRate, n,
                    firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, firstWidth, hiddenWidth, activation, epochs, batchSize, learningRate, seeds,
                    firstSeed);
        }
    }

    /**
     * One seed.
     *
     * @param seed             seed of the MLP and the regressions
     * @param mlpAccuracy      the MLP's own test accuracy
     * @param rawAccuracy      logistic regression on the raw inputs, test accuracy
     * @param hiddenAccuracy   logistic regression on the last hidden layer's activations, test accuracy
     */
    public record Run(long seed, double mlpAccuracy, double rawAccuracy, double hiddenAccuracy) {
    }

    public RepresentationExperiment(Settings settings) {
        super("representation", "logistic regression on raw inputs vs. on an MLP's learned 2-unit hidden layer",
                List.of(Claim.C3), settings);
    }

    public RepresentationExperiment() {
        this(Settings.defaults());
    }

    @Override
    protected Outcome execute(Progress progress) {
        Dataset data = Datasets.load(settings.dataset(), DataOptions.defaults().withSeed(settings.firstSeed()));
        Validation.require(data.numOutputs() == 2 && data.task().isClassification(), "dataset",
                "a two-class data set (circle, xor, spiral, moons, gauss)", settings.dataset());
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize(), settings.epochs());
        progress.start("representation", settings.seeds());
        List<Run> runs = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < settings.seeds(); i++) {
            long seed = settings.firstSeed() + i;
            NetworkSpec mlp = NetworkSpec.input(data.numFeatures()).hidden(settings.firstWidth(), settings.activation())
                    .hidden(settings.hiddenWidth(), settings.activation()).output(OutputHead.binary())
                    .optimizer(Optimizer.adam(settings.learningRate())).seed(seed).build();
            TrainingRun trained = Trainer.train(mlp, data, training);
            Dataset hidden = hiddenRepresentation(data, trained.network(), mlp.hidden().size());
            double raw = logisticRegression(data, seed, training);
            double learned = logisticRegression(hidden, seed, training);
            runs.add(new Run(seed, trained.last().testAccuracy(), raw, learned));
            if (i == 0) {
                figures.add(scatter("raw-inputs", "Test points in the input space (no line separates them)", data,
                        "x1", "x2"));
                figures.add(scatter("hidden-representation", "Test points in the last hidden layer's coordinates",
                        hidden, "hidden unit 1", "hidden unit 2"));
            }
            progress.step();
        }
        progress.done();
        double raw = runs.stream().mapToDouble(Run::rawAccuracy).average().orElseThrow();
        double learned = runs.stream().mapToDouble(Run::hiddenAccuracy).average().orElseThrow();
        double mlpAccuracy = runs.stream().mapToDouble(Run::mlpAccuracy).average().orElseThrow();
        Table table = Table.of(List.of("seed", "MLP accuracy", "logistic regression on raw inputs",
                "logistic regression on hidden layer"));
        for (Run r : runs) {
            table = table.withRow(r.seed(), r.mlpAccuracy(), r.rawAccuracy(), r.hiddenAccuracy());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dataset", data.name());
        details.put("data_parameters", data.parameters());
        details.put("mlp", settings.firstWidth() + "-" + settings.hiddenWidth() + " " + settings.activation());
        details.put("logistic_regression", "one sigmoid unit + binary cross-entropy (a perceptron), Adam, same epochs");
        return new Outcome(List.of(judge(data.name(), raw, learned, mlpAccuracy)), runs, runs, details, figures, table);
    }

    ClaimVerdict judge(String dataset, double raw, double learned, double mlpAccuracy) {
        Verdict v = raw <= NEAR_CHANCE && learned >= SEPARABLE ? Verdict.SUPPORTED
                : learned - raw >= 0.2 ? Verdict.PARTLY : Verdict.REFUTED;
        return new ClaimVerdict(Claim.C3, v, String.format("%s: a logistic regression on the raw inputs reaches %.3f "
                        + "test accuracy, on the MLP's %d learned hidden coordinates %.3f (the MLP itself %.3f; its "
                        + "output layer is exactly such a regression on those coordinates): %s.", dataset, raw,
                settings.hiddenWidth(), learned, mlpAccuracy, switch (v) {
                    case SUPPORTED -> "the hidden layers turned data no line separates into data a line does";
                    case PARTLY -> "the learned coordinates separate the classes better, but not fully or the raw "
                            + "inputs were not near chance";
                    default -> "the learned coordinates did not make the classes clearly more separable";
                }));
    }

    /** The data with every example replaced by the activations of the network's last hidden layer. */
    static Dataset hiddenRepresentation(Dataset data, MultiLayerNetwork net, int hiddenLayers) {
        INDArray trainH = net.feedForward(data.train().getFeatures(), false).get(hiddenLayers);
        INDArray testH = net.feedForward(data.test().getFeatures(), false).get(hiddenLayers);
        return new Dataset(data.name() + "-hidden", data.task(), new DataSet(trainH, data.train().getLabels()),
                new DataSet(testH, data.test().getLabels()), data.classNames(), Map.of("from", data.name()));
    }

    /** Test accuracy of a perceptron (one sigmoid unit) trained on {@code data}. */
    static double logisticRegression(Dataset data, long seed, TrainingSettings training) {
        NetworkSpec perceptron = NetworkSpec.input(data.numFeatures()).output(OutputHead.binary())
                .optimizer(Optimizer.adam(0.05)).seed(seed).build();
        return Trainer.train(perceptron, data, training).last().testAccuracy();
    }

    /** The test points by class, for a scatter plot. */
    private static Figure scatter(String id, String title, Dataset data, String xLabel, String yLabel) {
        INDArray x = data.test().getFeatures();
        INDArray classOf = data.test().getLabels().argMax(1);
        List<Figure.Series> series = new ArrayList<>();
        for (int c = 0; c < data.classNames().size(); c++) {
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < x.rows(); r++) {
                if (classOf.getInt(r) == c) {
                    rows.add(r);
                }
            }
            double[] xs = rows.stream().mapToDouble(r -> x.getDouble(r, 0)).toArray();
            double[] ys = rows.stream().mapToDouble(r -> x.getDouble(r, 1)).toArray();
            series.add(new Figure.Series(data.classNames().get(c), xs, ys));
        }
        return new Figure(id, title, Figure.Kind.SCATTER, xLabel, yLabel, false, series, null, List.of(Claim.C3));
    }

    /** Runs with default settings and prints the table. */
    public static void main(String[] args) {
        ExperimentResult<?> result = new RepresentationExperiment().run();
        System.out.print(result.asText());
    }
}
