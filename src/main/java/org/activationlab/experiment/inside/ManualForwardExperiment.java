package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.ManualForwardCheck;
import org.activationlab.diagnostics.ManualForwardProbe;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Seeded;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Validation;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.TrainingSettings;

/**
 * The article's {@code np.dot} / {@code np.exp} (C16): small networks trained on XOR, then their
 * outputs recomputed by hand with ND4J alone ({@code mmul}, {@code addRowVector}, {@code Transforms.exp})
 * and compared with {@code network.output(x)}.
 *
 * <p>Three networks between them use every activation and every output head: a sigmoid output, a
 * softmax output and an identity (regression) output. Each network and seed is a cell; its
 * {@link ManualForwardProbe} does the recomputation where the cell trains and returns the difference
 * and the code path as text.
 */
public final class ManualForwardExperiment extends Experiment<ManualForwardExperiment.Settings, ManualForwardResult> {
    /** Hand and DL4J outputs must agree this closely (DL4J computes in float). */
    public static final double AGREEMENT = 1e-5;

    /**
     * @param steps        full-batch training steps on the four XOR points
     * @param learningRate Adam learning rate
     * @param gridSide     the outputs are compared on a gridSide × gridSide grid over [−0.5, 1.5]²
     * @param seeds        trained copies of each network (seeds firstSeed, firstSeed+1, …)
     * @param firstSeed    seed of the first copy's initial weights
     */
    public record Settings(int steps, double learningRate, int gridSide, int seeds, long firstSeed)
            implements Seeded<Settings> {
        public Settings {
            Validation.require(steps >= 1, "steps", "at least 1", steps);
            Validation.require(gridSide >= 2, "gridSide", "at least 2", gridSide);
            new Optimizer(Optimizer.Kind.ADAM, learningRate);
            SettingsChecks.seeds(seeds, firstSeed);
        }

        public static Settings defaults() {
            return new Settings(150, 0.05, 11, 1, 7);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(steps, learningRate, gridSide, n, firstSeed);
        }
    }

    /**
     * One trained network checked.
     *
     * @param network          short name, e.g. "softmax output"
     * @param architecture     layers and activations
     * @param seed             its seed
     * @param examples         points compared
     * @param maxAbsDifference max |hand − DL4J| over all points and outputs
     * @param agrees           within {@link #AGREEMENT}
     * @param trainLoss        final training loss (the network is trained, not random)
     */
    public record Check(String network, String architecture, long seed, int examples, double maxAbsDifference,
                        boolean agrees, double trainLoss) {
    }

    /** A network to check and the data it trains on. */
    record Network(String name, NetworkSpec spec, String dataset) {
    }

    public ManualForwardExperiment(Settings settings) {
        super("manual-forward", "a trained network's output recomputed by hand with mmul and exp, vs. network.output",
                List.of(Claim.C16), settings);
    }

    public ManualForwardExperiment() {
        this(Settings.defaults());
    }

    /** The networks checked, each with the XOR data shaped for its head. */
    List<Network> networks() {
        Optimizer adam = Optimizer.adam(settings.learningRate());
        NetworkSpec binary = NetworkSpec.input(2).hidden(8, Activation.TANH).hidden(8, Activation.RELU)
                .output(OutputHead.binary()).optimizer(adam).build();
        NetworkSpec softmax = NetworkSpec.input(2).hidden(8, Activation.SIGMOID).hidden(8, Activation.LEAKY_RELU)
                .output(OutputHead.multiClass(2)).optimizer(adam).build();
        NetworkSpec regression = NetworkSpec.input(2).hidden(4, Activation.IDENTITY).hidden(8, Activation.TANH)
                .output(OutputHead.regression(1)).optimizer(adam).build();
        return List.of(network(binary, "xor-4"), network(softmax, "xor-4"), network(regression, "xor-4-regression"));
    }

    private static Network network(NetworkSpec spec, String dataset) {
        return new Network(spec.head().activation() + " output", spec, dataset);
    }

    /** One cell per network and seed, full-batch on the four points, checked by hand once trained. */
    @Override
    protected List<Cell> cells() {
        TrainingSettings training = new TrainingSettings(settings.steps(), 4, settings.steps());
        ManualForwardProbe probe = new ManualForwardProbe(settings.gridSide());
        List<Cell> cells = new ArrayList<>();
        for (Network n : networks()) {
            for (int i = 0; i < settings.seeds(); i++) {
                cells.add(new Cell(n.name(), n.dataset(), DataOptions.defaults(),
                        n.spec().withSeed(settings.firstSeed() + i), training, List.of(probe)));
            }
        }
        return cells;
    }

    @Override
    protected ManualForwardResult summarise(List<CellResult> cells) {
        List<Check> checks = new ArrayList<>();
        Map<String, List<String>> codePaths = new LinkedHashMap<>();
        for (CellResult r : cells) {
            if (!r.usable()) {
                continue; // failed (counted in the provenance) or diverged: no output to compare
            }
            ManualForwardCheck check = r.measurement(ManualForwardCheck.class).orElseThrow();
            String name = r.cell().label();
            checks.add(new Check(name, r.cell().spec().shortName(), r.cell().seed(), check.examples(),
                    check.maxAbsDifference(), check.maxAbsDifference() <= AGREEMENT, r.last().trainLoss()));
            codePaths.putIfAbsent(name, check.codePath());
        }
        return new ManualForwardResult(List.of(judge(checks)), checks, codePaths);
    }

    /** C16 from the differences; inconclusive when a network has no finished, finite run. */
    ClaimVerdict judge(List<Check> checks) {
        List<String> missing = networks().stream().map(Network::name)
                .filter(name -> checks.stream().noneMatch(c -> c.network().equals(name))).toList();
        if (!missing.isEmpty()) {
            return new ClaimVerdict(Claim.C16, Verdict.INCONCLUSIVE, "No finished run of the "
                    + String.join(", ", missing) + " network (its cells failed, diverged or were not reached): "
                    + "nothing to compare.");
        }
        double worst = checks.stream().mapToDouble(Check::maxAbsDifference).max().orElseThrow();
        int points = checks.stream().mapToInt(Check::examples).sum();
        boolean all = checks.stream().allMatch(Check::agrees);
        return new ClaimVerdict(Claim.C16, all ? Verdict.SUPPORTED : Verdict.REFUTED, String.format(
                "%d trained networks (sigmoid, softmax and identity outputs; every hidden activation) recomputed with "
                        + "mmul + addRowVector + Transforms.exp on %d points: largest |hand − network.output| = %.2g "
                        + "(tolerance %.0g).", checks.size(), points, worst, AGREEMENT));
    }

    /** Runs with default settings and prints the code path and the differences. */
    public static void main(String[] args) {
        ExperimentResult<ManualForwardResult> result = new ManualForwardExperiment().run();
        System.out.print(result.asText());
    }
}
