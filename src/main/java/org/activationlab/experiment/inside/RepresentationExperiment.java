package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.diagnostics.HiddenCoordinates;
import org.activationlab.diagnostics.HiddenCoordinatesProbe;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Seeded;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.RepresentationResult.TestPoints;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Validation;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.CellTrainer;
import org.activationlab.train.TrainingSettings;

/**
 * Representation learning (C3): an MLP whose last hidden layer has only two units is trained on data no
 * straight line separates (circle, XOR). A logistic regression (a perceptron: one sigmoid unit) is then
 * trained twice, on the raw inputs and on the two learned hidden coordinates.
 *
 * <p>If the hidden layers learned the features that matter, the classes become linearly separable in
 * the hidden coordinates even though they are not in the input.
 *
 * <p>Per seed two cells: the MLP, whose {@link HiddenCoordinatesProbe} reads the coordinates and trains
 * the regression on them inside the cell (they exist only there), and the regression on the raw inputs.
 */
public final class RepresentationExperiment extends Experiment<RepresentationExperiment.Settings,
        RepresentationResult> {
    /** Raw-input accuracy up to this counts as "near chance" for a balanced two-class set. */
    static final double NEAR_CHANCE = 0.7;
    /** Hidden-representation accuracy from this counts as "≈ 100 %". */
    static final double SEPARABLE = 0.95;

    /**
     * @param dataset        a two-class data set
     * @param data           how to make or read it (points, noise, split, its seed)
     * @param firstWidth     nodes in the first hidden layer
     * @param hiddenWidth    nodes in the last hidden layer: the representation (2 to plot it)
     * @param activation     hidden activation
     * @param epochs         epochs for the MLP and for each logistic regression
     * @param batchSize      examples per step
     * @param learningRate   the MLP's Adam learning rate
     * @param regressionRate the logistic regressions' Adam learning rate
     * @param seeds          seeds (one MLP and two logistic regressions each)
     * @param firstSeed      first seed
     */
    public record Settings(String dataset, DataOptions data, int firstWidth, int hiddenWidth, Activation activation,
                           int epochs, int batchSize, double learningRate, double regressionRate, int seeds,
                           long firstSeed)
            implements Seeded<Settings> {
        public Settings {
            Validation.require(dataset != null && !dataset.isBlank(), "dataset", "a two-class data set name", dataset);
            Validation.require(data != null, "data", "data options", "null");
            Validation.require(firstWidth >= 1, "firstWidth", "at least 1", firstWidth);
            Validation.require(hiddenWidth >= 2, "hiddenWidth", "at least 2 (the learned coordinates are plotted in 2-D)",
                    hiddenWidth);
            Validation.require(activation != null && activation != Activation.IDENTITY
                            && activation != Activation.SOFTMAX, "activation",
                    "a non-linear hidden activation " + Activation.allHidden(), activation);
            SettingsChecks.training(epochs, batchSize, learningRate);
            Optimizer.adam(regressionRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_DATASET = "circle";
        public static final int DEFAULT_FIRST_WIDTH = 8;
        public static final int DEFAULT_HIDDEN_WIDTH = 2;

        /** Quick: circle, 2-8-2(tanh)-1, 30 epochs, regressions at Adam 0.05, one seed. */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATASET, DataOptions.defaults(), DEFAULT_FIRST_WIDTH, DEFAULT_HIDDEN_WIDTH, Activation.TANH, 30, 50, 0.03, 0.05, 1, 1);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(dataset, data, firstWidth, hiddenWidth, activation, epochs, batchSize, learningRate,
                    regressionRate, n, firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, data, firstWidth, hiddenWidth, activation, epochs, batchSize, learningRate,
                    regressionRate, seeds, firstSeed);
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

    /** The data, loaded on the driver for its size and test points (and shared with local cells). */
    private Dataset data() {
        Dataset data = CellTrainer.dataset(settings.dataset(), settings.data());
        Validation.require(data.numOutputs() == 2 && data.task().isClassification(), "dataset",
                "a two-class data set (circle, xor, spiral, moons, gauss)", settings.dataset());
        return data;
    }

    /** Per seed: the MLP (measuring its hidden coordinates and the regression on them), then the raw regression. */
    @Override
    protected List<Cell> cells() {
        Dataset data = data();
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize(), settings.epochs());
        Optimizer regression = Optimizer.adam(settings.regressionRate());
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < settings.seeds(); i++) {
            long seed = settings.firstSeed() + i;
            NetworkSpec mlp = NetworkSpec.input(data.numFeatures()).hidden(settings.firstWidth(), settings.activation())
                    .hidden(settings.hiddenWidth(), settings.activation()).output(OutputHead.binary())
                    .optimizer(Optimizer.adam(settings.learningRate())).seed(seed).build();
            cells.add(new Cell("mlp", settings.dataset(), settings.data(), mlp, training,
                    List.of(new HiddenCoordinatesProbe(regression, training))));
            cells.add(new Cell("raw-input regression", settings.dataset(), settings.data(),
                    HiddenCoordinatesProbe.logisticRegression(data.numFeatures(), regression, seed), training));
        }
        return cells;
    }

    /** Per seed, the MLP and the raw-input regression if both finished (an interrupted sweep has fewer cells). */
    @Override
    protected RepresentationResult summarise(List<CellResult> cells) {
        Dataset data = data();
        TestPoints inputs = TestPoints.of(data, data.test().getFeatures().toDoubleMatrix());
        TestPoints hidden = null;
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < settings.seeds(); i++) {
            long seed = settings.firstSeed() + i;
            Optional<CellResult> mlp = usable(cells, seed, false);
            Optional<CellResult> raw = usable(cells, seed, true);
            if (mlp.isEmpty() || raw.isEmpty()) {
                continue; // failed, diverged or not reached: the verdict says how many
            }
            HiddenCoordinates coordinates = mlp.get().measurement(HiddenCoordinates.class).orElseThrow();
            if (hidden == null) {
                hidden = TestPoints.of(data, coordinates.test());
            }
            runs.add(new Run(seed, mlp.get().last().testAccuracy(), raw.get().last().testAccuracy(),
                    coordinates.regressionAccuracy()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dataset", data.name());
        details.put("data_parameters", data.parameters());
        details.put("mlp", settings.firstWidth() + "-" + settings.hiddenWidth() + " " + settings.activation());
        details.put("logistic_regression", "one sigmoid unit + binary cross-entropy (a perceptron), Adam "
                + settings.regressionRate() + ", same epochs");
        return new RepresentationResult(List.of(judge(data.name(), runs, cells)), runs, details, inputs, hidden);
    }

    /** The seed's raw-input regression (no hidden layer) or MLP, if it trained without diverging. */
    private static Optional<CellResult> usable(List<CellResult> cells, long seed, boolean regression) {
        return cells.stream().filter(r -> r.cell().seed() == seed && r.cell().spec().hidden().isEmpty() == regression
                && r.usable()).findFirst();
    }

    /** C3 from the mean accuracies over the seeds whose three trainings finished; inconclusive without any. */
    ClaimVerdict judge(String dataset, List<Run> runs, List<CellResult> cells) {
        if (runs.isEmpty()) {
            long failed = cells.stream().filter(CellResult::failed).count();
            long diverged = cells.stream().filter(CellResult::diverged).count();
            return new ClaimVerdict(Claim.C3, Verdict.INCONCLUSIVE, String.format("No seed whose MLP and raw-input "
                    + "regression both finished (%d of %d cells failed, %d diverged, %d not reached): nothing to compare.",
                    failed, 2 * settings.seeds(), diverged, 2 * settings.seeds() - cells.size()));
        }
        double raw = runs.stream().mapToDouble(Run::rawAccuracy).average().orElseThrow();
        double learned = runs.stream().mapToDouble(Run::hiddenAccuracy).average().orElseThrow();
        double mlpAccuracy = runs.stream().mapToDouble(Run::mlpAccuracy).average().orElseThrow();
        Verdict v = raw <= NEAR_CHANCE && learned >= SEPARABLE ? Verdict.SUPPORTED
                : learned - raw >= 0.2 ? Verdict.PARTLY : Verdict.REFUTED;
        return new ClaimVerdict(Claim.C3, v, String.format("%s: a logistic regression on the raw inputs reaches %.3f "
                        + "test accuracy, on the MLP's %d learned hidden coordinates %.3f (the MLP itself %.3f; its "
                        + "output layer is exactly such a regression on those coordinates)%s: %s.", dataset, raw,
                settings.hiddenWidth(), learned, mlpAccuracy,
                runs.size() == settings.seeds() ? "" : " over " + runs.size() + " of " + settings.seeds() + " seeds",
                switch (v) {
                    case SUPPORTED -> "the hidden layers turned data no line separates into data a line does";
                    case PARTLY -> "the learned coordinates separate the classes better, but not fully or the raw "
                            + "inputs were not near chance";
                    default -> "the learned coordinates did not make the classes clearly more separable";
                }));
    }

    /** Runs with default settings and prints the table. */
    public static void main(String[] args) {
        ExperimentResult<RepresentationResult> result = new RepresentationExperiment().run();
        System.out.print(result.asText());
    }
}
