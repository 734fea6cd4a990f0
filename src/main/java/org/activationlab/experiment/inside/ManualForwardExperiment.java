package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.Dataset;
import org.activationlab.data.XorPoints;
import org.activationlab.diagnostics.ManualForward;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.sweep.Progress;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.activationlab.network.Validation;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The article's {@code np.dot} / {@code np.exp} (C16): small networks trained on XOR, then their
 * outputs recomputed by hand with ND4J alone ({@code mmul}, {@code addRowVector}, {@code Transforms.exp})
 * and compared with {@code network.output(x)}.
 *
 * <p>Three networks between them use every activation and every output head: a sigmoid output, a
 * softmax output and an identity (regression) output.
 */
public final class ManualForwardExperiment extends Experiment.Loop<ManualForwardExperiment.Settings> {
    /** Hand and DL4J outputs must agree this closely (DL4J computes in float). */
    public static final double AGREEMENT = 1e-5;

    /**
     * @param steps        full-batch training steps on the four XOR points
     * @param learningRate Adam learning rate
     * @param gridSide     the outputs are compared on a gridSide × gridSide grid over [−0.5, 1.5]²
     * @param seed         seed of the initial weights
     */
    public record Settings(int steps, double learningRate, int gridSide, long seed) {
        public Settings {
            Validation.require(steps >= 1, "steps", "at least 1", steps);
            Validation.require(gridSide >= 2, "gridSide", "at least 2", gridSide);
            new Optimizer(Optimizer.Kind.ADAM, learningRate);
        }

        public static Settings defaults() {
            return new Settings(150, 0.05, 11, 7);
        }
    }

    /**
     * One network checked.
     *
     * @param network           short name
     * @param architecture      layers and activations
     * @param examples          points compared
     * @param maxAbsDifference  max |hand − DL4J| over all points and outputs
     * @param agrees            within {@link #AGREEMENT}
     * @param trainLoss         final training loss (the network is trained, not random)
     */
    public record Check(String network, String architecture, int examples, double maxAbsDifference, boolean agrees,
                        double trainLoss) {
    }

    public ManualForwardExperiment(Settings settings) {
        super("manual-forward", "a trained network's output recomputed by hand with mmul and exp, vs. network.output",
                List.of(Claim.C16), settings);
    }

    public ManualForwardExperiment() {
        this(Settings.defaults());
    }

    /** The networks checked, each with the XOR data shaped for its head. */
    List<Map.Entry<NetworkSpec, Dataset>> networks() {
        Optimizer adam = Optimizer.adam(settings.learningRate());
        Dataset xor = XorPoints.dataset();
        NetworkSpec binary = NetworkSpec.input(2).hidden(8, Activation.TANH).hidden(8, Activation.RELU)
                .output(OutputHead.binary()).optimizer(adam).seed(settings.seed()).build();
        NetworkSpec softmax = NetworkSpec.input(2).hidden(8, Activation.SIGMOID).hidden(8, Activation.LEAKY_RELU)
                .output(OutputHead.multiClass(2)).optimizer(adam).seed(settings.seed()).build();
        NetworkSpec regression = NetworkSpec.input(2).hidden(4, Activation.IDENTITY).hidden(8, Activation.TANH)
                .output(OutputHead.regression(1)).optimizer(adam).seed(settings.seed()).build();
        return List.of(Map.entry(binary, xor), Map.entry(softmax, xor), Map.entry(regression, asRegression(xor)));
    }

    @Override
    protected Outcome execute(Progress progress) {
        INDArray grid = grid(settings.gridSide());
        List<Map.Entry<NetworkSpec, Dataset>> networks = networks();
        progress.start("manual-forward", networks.size());
        List<Check> checks = new ArrayList<>();
        Map<String, Object> codePaths = new LinkedHashMap<>();
        Table table = Table.of(List.of("network", "computed by hand", "max |hand - DL4J|"));
        for (Map.Entry<NetworkSpec, Dataset> entry : networks) {
            NetworkSpec spec = entry.getKey();
            TrainingRun run = Trainer.train(spec, entry.getValue(), new TrainingSettings(settings.steps(), 4,
                    settings.steps()));
            MultiLayerNetwork net = run.network();
            INDArray x = Nd4j.vstack(grid, entry.getValue().train().getFeatures().castTo(grid.dataType()));
            double diff = maxAbsDifference(net, x);
            String name = spec.head().activation() + " output";
            checks.add(new Check(name, spec.shortName(), (int) x.rows(), diff, diff <= AGREEMENT, run.last().trainLoss()));
            List<String> code = ManualForward.codePath(net);
            codePaths.put(name, code);
            for (int i = 0; i < code.size(); i++) {
                table = table.withRow(i == 0 ? spec.shortName() : "", code.get(i), i == 0 ? diff : "");
            }
            progress.step();
        }
        progress.done();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code_path", codePaths);
        details.put("tolerance", AGREEMENT);
        return new Outcome(List.of(judge(checks)), checks, checks, details, List.of(), table);
    }

    /** max |ManualForward output − network.output| over the rows of {@code x}. */
    public static double maxAbsDifference(MultiLayerNetwork net, INDArray x) {
        INDArray byHand = ManualForward.run(net, x).output();
        INDArray byDl4j = net.output(x, false).castTo(DataType.DOUBLE);
        return Transforms.abs(byHand.sub(byDl4j), false).maxNumber().doubleValue();
    }

    static ClaimVerdict judge(List<Check> checks) {
        double worst = checks.stream().mapToDouble(Check::maxAbsDifference).max().orElseThrow();
        int points = checks.stream().mapToInt(Check::examples).sum();
        boolean all = checks.stream().allMatch(Check::agrees);
        return new ClaimVerdict(Claim.C16, all ? Verdict.SUPPORTED : Verdict.REFUTED, String.format(
                "%d trained networks (sigmoid, softmax and identity outputs; every hidden activation) recomputed with "
                        + "mmul + addRowVector + Transforms.exp on %d points: largest |hand − network.output| = %.2g "
                        + "(tolerance %.0g).", checks.size(), points, worst, AGREEMENT));
    }

    /** A side × side grid over [−0.5, 1.5]², one point per row. */
    static INDArray grid(int side) {
        float[][] points = new float[side * side][];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                points[i * side + j] = new float[]{-0.5f + 2f * i / (side - 1), -0.5f + 2f * j / (side - 1)};
            }
        }
        return Nd4j.create(points);
    }

    /** XOR with its label as a number: the same points for the regression network. */
    private static Dataset asRegression(Dataset xor) {
        INDArray y = xor.train().getLabels().getColumn(1).reshape(4, 1).dup();
        DataSet all = new DataSet(xor.train().getFeatures(), y);
        return new Dataset("xor-4-regression", Task.REGRESSION, all, all, List.of(), Map.of("points", 4));
    }

    /** Runs with default settings and prints the code path and the differences. */
    public static void main(String[] args) {
        ExperimentResult<?> result = new ManualForwardExperiment().run();
        System.out.print(result.asText());
    }
}
