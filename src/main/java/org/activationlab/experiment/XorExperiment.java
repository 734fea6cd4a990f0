package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.DecisionGridProbe;
import org.activationlab.diagnostics.DecisionSurface;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;
import org.activationlab.stats.Summary;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.TrainingSettings;

/**
 * XOR (C4, C5, C6): the perceptron, stacks of linear (identity) hidden layers, and one non-linear
 * hidden layer, each trained by full-batch gradient descent over several seeds.
 *
 * <p>A linear stack computes W_k…W_1·x + b, one affine map, so like the perceptron it can get at most
 * 3 of the 4 points right. One hidden layer with a non-linear activation can bend the boundary.
 */
public final class XorExperiment extends Experiment<XorExperiment.Settings, XorResult> {

    /**
     * @param seeds          seeds per model (seeds firstSeed, firstSeed+1, …)
     * @param firstSeed      first seed
     * @param steps          full-batch gradient steps per run
     * @param learningRate   Adam learning rate
     * @param hiddenWidth    nodes in each hidden layer
     * @param maxLinearDepth deepest identity stack tried (1…maxLinearDepth hidden layers)
     * @param checkEvery     steps between checks of "solved"
     */
    public record Settings(int seeds, long firstSeed, int steps, double learningRate, int hiddenWidth,
                           int maxLinearDepth, int checkEvery)
            implements Seeded<Settings> {
        public Settings {
            Validation.require(seeds >= 1, "seeds", "at least 1", seeds);
            Validation.require(firstSeed >= 0, "firstSeed", "a seed ≥ 0", firstSeed);
            Validation.require(steps >= 1, "steps", "at least 1", steps);
            Validation.require(hiddenWidth >= 1, "hiddenWidth", "at least 1", hiddenWidth);
            Validation.require(maxLinearDepth >= 1, "maxLinearDepth", "at least 1", maxLinearDepth);
            Validation.require(checkEvery >= 1, "checkEvery", "at least 1", checkEvery);
            new Optimizer(Optimizer.Kind.ADAM, learningRate); // same learning-rate check as everywhere
        }

        /** A default as a compile-time constant: the CLI launcher reads it for its JIT choice without loading this class. */
        public static final int DEFAULT_WIDTH = 4;

        public static Settings defaults() {
            return new Settings(10, 1, 200, 0.05, DEFAULT_WIDTH, 5, 10);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(n, firstSeed, steps, learningRate, hiddenWidth, maxLinearDepth, checkEvery);
        }

        public Settings withSteps(int n) {
            return new Settings(seeds, firstSeed, n, learningRate, hiddenWidth, maxLinearDepth, checkEvery);
        }
    }

    /** One model summarised over its seeds. */
    public record ModelResult(String model, String hiddenActivation, int hiddenLayers, String architecture,
                              long parameters, int seeds, double accuracyMean, double solvedFraction,
                              double medianStepsToSolve, double finalLossMean) {
    }

    /** One training run. */
    public record Run(String model, String hiddenActivation, int hiddenLayers, long seed, double accuracy,
                      boolean solved, int stepsToSolve, double finalLoss) {
    }

    public XorExperiment(Settings settings) {
        super("xor", "perceptron vs. linear and non-linear MLPs on the 4-point XOR problem",
                List.of(Claim.C4, Claim.C5, Claim.C6), settings);
    }

    public XorExperiment() {
        this(Settings.defaults());
    }

    /** The models compared: perceptron, identity stacks of depth 1…max, one non-linear hidden layer each. */
    public List<NetworkSpec> models() {
        List<NetworkSpec> models = new ArrayList<>();
        Optimizer adam = Optimizer.adam(settings.learningRate());
        models.add(NetworkSpec.input(2).output(org.activationlab.network.OutputHead.binary()).optimizer(adam).build());
        for (int depth = 1; depth <= settings.maxLinearDepth(); depth++) {
            models.add(NetworkSpec.input(2).hidden(depth, settings.hiddenWidth(), Activation.IDENTITY)
                    .output(org.activationlab.network.OutputHead.binary()).optimizer(adam).build());
        }
        for (Activation a : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU)) {
            models.add(NetworkSpec.input(2).hidden(settings.hiddenWidth(), a)
                    .output(org.activationlab.network.OutputHead.binary()).optimizer(adam).build());
        }
        return models;
    }

    /**
     * One cell per model and seed, full-batch on the 4 points; the first seed of the perceptron and of
     * the tanh MLP also measures its decision surface, drawn in the report.
     */
    @Override
    protected List<Cell> cells() {
        TrainingSettings training = new TrainingSettings(settings.steps(), 4, settings.checkEvery());
        List<Cell> cells = new ArrayList<>();
        for (NetworkSpec model : models()) {
            for (int i = 0; i < settings.seeds(); i++) {
                Cell cell = new Cell(modelName(model), "xor-4", DataOptions.defaults(),
                        model.withSeed(settings.firstSeed() + i), training);
                cells.add(i == 0 && showsBoundary(model) ? cell.measuring(new DecisionGridProbe()) : cell);
            }
        }
        return cells;
    }

    @Override
    protected XorResult summarise(List<CellResult> cells) {
        Map<String, List<Run>> byModel = new LinkedHashMap<>();
        List<XorResult.Boundary> boundaries = new ArrayList<>();
        for (CellResult r : cells) {
            if (r.failed()) {
                continue; // no numbers: counted in the provenance's failed cells, not as an unsolved run
            }
            boolean solved = r.usable() && r.last().testAccuracy() == 1.0;
            byModel.computeIfAbsent(r.cell().label(), k -> new ArrayList<>()).add(new Run(r.cell().label(),
                    hiddenActivation(r.cell().spec()), r.cell().spec().hidden().size(), r.cell().seed(),
                    r.usable() ? r.last().testAccuracy() : Double.NaN, solved, r.history().firstEpochReaching(1.0),
                    r.usable() ? r.last().trainLoss() : Double.NaN));
            r.measurement(DecisionSurface.class).ifPresent(surface -> boundaries.add(new XorResult.Boundary(
                    r.cell().label(), r.cell().seed(), r.cell().spec().hidden().isEmpty(),
                    r.usable() ? r.last().testAccuracy() : Double.NaN, surface)));
        }
        List<ModelResult> results = new ArrayList<>();
        for (NetworkSpec model : models()) {
            List<Run> modelRuns = byModel.getOrDefault(modelName(model), List.of());
            if (!modelRuns.isEmpty()) {
                results.add(summarise(model, modelRuns));
            }
        }
        List<Run> runs = byModel.values().stream().flatMap(List::stream).toList();
        return new XorResult(XorVerdicts.judge(results), results, runs, boundaries, settings.seeds(),
                settings.steps());
    }

    /** The perceptron and the tanh MLP: the boundary a single node can draw next to one a hidden layer can. */
    static boolean showsBoundary(NetworkSpec model) {
        return model.hidden().isEmpty() || model.hidden().get(0).activation() == Activation.TANH;
    }

    private ModelResult summarise(NetworkSpec model, List<Run> runs) {
        double[] accuracy = runs.stream().mapToDouble(Run::accuracy).filter(a -> !Double.isNaN(a)).toArray();
        double solved = runs.stream().filter(Run::solved).count() / (double) runs.size();
        // steps of the runs counted as solved (a run that reached 1.0 and lost it again is not)
        double[] steps = runs.stream().filter(r -> r.solved() && r.stepsToSolve() >= 0).mapToDouble(Run::stepsToSolve)
                .toArray();
        double[] loss = runs.stream().mapToDouble(Run::finalLoss).filter(l -> !Double.isNaN(l)).toArray();
        return new ModelResult(modelName(model), hiddenActivation(model), model.hidden().size(), model.shortName(),
                model.parameterCount(), runs.size(), Summary.of(accuracy).mean(), solved,
                steps.length == 0 ? Double.NaN : Summary.of(steps).median(), java.util.Arrays.stream(loss).average().orElse(Double.NaN));
    }

    static String modelName(NetworkSpec model) {
        if (model.hidden().isEmpty()) {
            return "perceptron";
        }
        Activation a = model.hidden().get(0).activation();
        return a == Activation.IDENTITY ? "linear MLP x" + model.hidden().size() : a + " MLP";
    }

    private static String hiddenActivation(NetworkSpec model) {
        return model.hidden().isEmpty() ? "none" : model.hidden().get(0).activation().id();
    }

    /** Runs with default settings and prints the table: {@code java … XorExperiment}. */
    public static void main(String[] args) {
        ExperimentResult<XorResult> result = new XorExperiment().run();
        System.out.print(result.asText());
    }
}
