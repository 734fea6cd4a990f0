package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.ActivationCurve;
import org.activationlab.diagnostics.CurveProbe;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.HiddenLayer;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Validation;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.TrainingSettings;

/**
 * The activation curves (C9, C12, C13, C16): f(z) and f′(z) on a grid, the output range, the mean
 * output for z ~ N(0, 1) and for shifted inputs, and the largest slope, each computed through DL4J
 * and by hand with ND4J.
 *
 * <p>The largest slope bounds how much a layer can pass back: sigmoid's 0.25 means the gradient
 * shrinks at least 4× per sigmoid layer (given weights of unit scale), the root of C11.
 *
 * <p>It runs as a sweep like every experiment: one cell per hidden activation, whose {@link CurveProbe}
 * reads the activation object out of a built DL4J layer and computes the curve where the cell runs (a
 * local thread, a Spark executor), so {@code --executor}, {@code --threads} and {@code --resume} apply
 * and the provenance names the executor. It has no seed loop: the curves are functions, the only
 * randomness is the z sample ({@link Settings#seed}).
 */
public final class CurvesExperiment extends Experiment<CurvesExperiment.Settings, CurvesResult> {
    /** DL4J and the hand computation must agree this closely (double precision). */
    public static final double AGREEMENT = 1e-6;
    /** How close a mean output must be to the article's value to count as "becomes" it. */
    static final double MEAN_TOLERANCE = 0.02;

    /**
     * @param zMin       left end of the grid
     * @param zMax       right end of the grid
     * @param gridPoints points on the grid
     * @param samples    size of the z ~ N(0, 1) sample
     * @param shift      mean of the shifted sample z ~ N(shift, 1): data that is not centred
     * @param leakySlope leaky ReLU's slope for z &lt; 0
     * @param seed       seed of the samples
     */
    public record Settings(double zMin, double zMax, int gridPoints, int samples, double shift, double leakySlope,
                           long seed) {
        public Settings {
            Validation.require(Double.isFinite(zMin) && zMin < zMax, "zMin", "a finite number less than zMax ("
                    + zMax + ")", zMin);
            Validation.require(Double.isFinite(zMax), "zMax", "a finite number", zMax);
            Validation.require(gridPoints >= 3, "gridPoints", "at least 3", gridPoints);
            Validation.require(samples >= 100, "samples", "at least 100", samples);
            Validation.require(Double.isFinite(shift) && shift != 0, "shift", "a non-zero finite mean", shift);
            Validation.require(leakySlope > 0 && leakySlope < 1, "leakySlope", "a slope in (0, 1)", leakySlope);
        }

        public static Settings defaults() {
            return new Settings(-6, 6, 121, 20_000, 2.0, Activation.DEFAULT_LEAKY_SLOPE, 1);
        }
    }

    /**
     * One activation's curve summarised.
     *
     * @param activation           the function
     * @param minOnGrid            smallest f(z) on the grid
     * @param maxOnGrid            largest f(z) on the grid
     * @param meanOutputCentred    mean f(z) for z ~ N(0, 1)
     * @param meanOutputShifted    mean f(z) for z ~ N(shift, 1)
     * @param maxSlope             largest f′(z) on the grid
     * @param slopeAtEdge          f′(zMax): the slope far out on the right
     * @param nonZeroSlopeFraction share of z ~ N(0, 1) where f′(z) &gt; 0
     * @param maxValueDifference   max |f_DL4J − f_hand| on grid and sample
     * @param maxSlopeDifference   max |f′_DL4J − f′_hand| on grid and sample
     */
    public record CurveResult(String activation, double minOnGrid, double maxOnGrid, double meanOutputCentred,
                              double meanOutputShifted, double maxSlope, double slopeAtEdge,
                              double nonZeroSlopeFraction, double maxValueDifference, double maxSlopeDifference) {
    }

    /** One grid point of one curve (the CSV rows). */
    public record Point(String activation, double z, double valueDl4j, double valueHand, double slopeDl4j,
                        double slopeHand) {
    }

    public CurvesExperiment(Settings settings) {
        super("curves", "activation curves f(z), f'(z): ranges, mean outputs, largest slopes; DL4J vs by hand",
                List.of(Claim.C9, Claim.C12, Claim.C13, Claim.C16), settings);
    }

    public CurvesExperiment() {
        this(Settings.defaults());
    }

    /**
     * One cell per hidden activation: a network whose one hidden node holds it, and the probe that
     * computes its curve where the cell runs. A cell always trains, here for one epoch on the four XOR
     * points; the curve does not depend on the weights, only on the function the layer holds.
     */
    @Override
    protected List<Cell> cells() {
        CurveProbe probe = new CurveProbe(settings.zMin(), settings.zMax(), settings.gridPoints(), settings.samples(),
                settings.shift(), settings.seed());
        List<Cell> cells = new ArrayList<>();
        for (Activation a : Activation.hiddenChoices()) {
            NetworkSpec spec = NetworkSpec.input(2).hidden(new HiddenLayer(1, a, settings.leakySlope()))
                    .output(OutputHead.binary()).seed(settings.seed()).build();
            cells.add(new Cell(a.id(), "xor-4", DataOptions.defaults(), spec, new TrainingSettings(1, 4),
                    List.of(probe)));
        }
        return cells;
    }

    @Override
    protected CurvesResult summarise(List<CellResult> cells) {
        List<CurveResult> results = new ArrayList<>();
        List<ActivationCurve> curves = new ArrayList<>();
        for (CellResult r : cells) {
            if (r.failed()) {
                continue; // counted in the provenance's failed cells; the verdicts say which curve is missing
            }
            ActivationCurve c = r.measurement(ActivationCurve.class).orElseThrow();
            curves.add(c);
            results.add(new CurveResult(c.activation(), min(c.valueDl4j()), max(c.valueDl4j()),
                    c.meanOutputCentred(), c.meanOutputShifted(), max(c.slopeDl4j()),
                    c.slopeDl4j()[c.slopeDl4j().length - 1], c.nonZeroSlopeFraction(), c.maxValueDifference(),
                    c.maxSlopeDifference()));
        }
        return new CurvesResult(judge(results), results, curves, settings.shift(), settings.zMax());
    }

    /** Verdicts from the curve numbers; inconclusive for a claim whose curves did not all finish. */
    List<ClaimVerdict> judge(List<CurveResult> results) {
        Activation sigmoid = Activation.SIGMOID;
        List<ClaimVerdict> verdicts = new ArrayList<>();
        verdicts.add(judged(Claim.C9, results, List.of(sigmoid),
                () -> rangeAndMean(Claim.C9, find(results, sigmoid), 0, 1, 0.5, "")));
        verdicts.add(judged(Claim.C12, results, List.of(Activation.TANH, sigmoid), () -> {
            CurveResult tanh = find(results, Activation.TANH);
            double sigmoidSlope = find(results, sigmoid).maxSlope();
            return rangeAndMean(Claim.C12, tanh, -1, 1, 0, String.format(" Its largest slope is %.3f, %.1f× "
                            + "sigmoid's %.3f; whether it trains better is measured by training, not by the curve.",
                    tanh.maxSlope(), tanh.maxSlope() / sigmoidSlope, sigmoidSlope));
        }));
        verdicts.add(judged(Claim.C13, results, List.of(Activation.RELU, sigmoid), () -> {
            CurveResult relu = find(results, Activation.RELU);
            double share = relu.nonZeroSlopeFraction();
            Verdict c13 = share >= 0.6 ? Verdict.SUPPORTED : share <= 0.4 ? Verdict.REFUTED : Verdict.PARTLY;
            return new ClaimVerdict(Claim.C13, c13, String.format("The curve part of the claim: ReLU's slope is "
                            + "exactly %.1f for every z > 0 (sigmoid's is %.4f at z = %.0f), but it is 0 for %.1f%% of "
                            + "z ~ N(0,1), so 'non-zero for most inputs' holds only when most z are positive (see "
                            + "dead-relu); speed and accuracy are measured by training.", relu.slopeAtEdge(),
                    find(results, sigmoid).slopeAtEdge(), settings.zMax(), (1 - share) * 100));
        }));
        // C16 is the article's claim about its own functions; the modern ones are checked the same way and
        // reported beside it, so adding them neither helps nor hurts the verdict.
        List<Activation> articles = Activation.hiddenChoices().stream().filter(Activation::inArticle).toList();
        verdicts.add(judged(Claim.C16, results, articles, () -> {
            List<CurveResult> article = results.stream().filter(r -> Activation.parse(r.activation()).inArticle())
                    .toList();
            List<CurveResult> modern = results.stream().filter(r -> !article.contains(r)).toList();
            double worst = worstDifference(article);
            String others = modern.isEmpty() ? "" : String.format(" The %d other functions (%s) agree to %.2g, "
                            + "outside the claim.", modern.size(),
                    modern.stream().map(CurveResult::activation).collect(java.util.stream.Collectors.joining(", ")),
                    worstDifference(modern));
            return new ClaimVerdict(Claim.C16, worst <= AGREEMENT ? Verdict.SUPPORTED : Verdict.REFUTED,
                    String.format("f(z) and f'(z) by hand (Transforms.exp, max) and through the DL4J layer's own "
                                    + "IActivation differ by at most %.2g over the article's %d activations × (%d grid "
                                    + "points + %d samples); tolerance %.0g.%s", worst, article.size(),
                            settings.gridPoints(), settings.samples(), AGREEMENT, others));
        }));
        return verdicts;
    }

    /** {@code verdict}, or inconclusive naming the activations in {@code needed} that have no curve. */
    private static ClaimVerdict judged(Claim claim, List<CurveResult> results, List<Activation> needed,
                                       Supplier<ClaimVerdict> verdict) {
        List<String> missing = needed.stream().filter(a -> results.stream()
                .noneMatch(r -> r.activation().equals(a.id()))).map(Activation::id).toList();
        return missing.isEmpty() ? verdict.get() : new ClaimVerdict(claim, Verdict.INCONCLUSIVE, "No curve of "
                + String.join(", ", missing) + " (its cell failed or was not reached): nothing to judge.");
    }

    /** "Output in (lo, hi), mean becomes m": the range on the grid, the mean for centred and shifted z. */
    private ClaimVerdict rangeAndMean(Claim claim, CurveResult r, double lo, double hi, double mean, String extra) {
        boolean inRange = r.minOnGrid() > lo && r.maxOnGrid() < hi;
        boolean centred = Math.abs(r.meanOutputCentred() - mean) <= MEAN_TOLERANCE;
        boolean shifted = Math.abs(r.meanOutputShifted() - mean) <= MEAN_TOLERANCE;
        Verdict v = !inRange ? Verdict.REFUTED : centred && shifted ? Verdict.SUPPORTED : Verdict.PARTLY;
        String evidence = String.format("%s outputs on [%.0f, %.0f] lie in [%.5f, %.5f] (%s (%.0f, %.0f)); the mean "
                        + "output is %.3f for z ~ N(0,1) but %.3f for z ~ N(%.1f,1): it is %.1f only for inputs "
                        + "centred on 0.%s", r.activation(), settings.zMin(), settings.zMax(), r.minOnGrid(),
                r.maxOnGrid(), inRange ? "inside" : "NOT inside", lo, hi, r.meanOutputCentred(), r.meanOutputShifted(),
                settings.shift(), mean, extra);
        return new ClaimVerdict(claim, v, evidence);
    }

    private static double worstDifference(List<CurveResult> results) {
        return results.stream().mapToDouble(r -> Math.max(r.maxValueDifference(), r.maxSlopeDifference()))
                .max().orElse(0);
    }

    private static CurveResult find(List<CurveResult> results, Activation a) {
        return results.stream().filter(r -> r.activation().equals(a.id())).findFirst().orElseThrow();
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }

    /** Runs with default settings and prints the table: {@code java … CurvesExperiment}. */
    public static void main(String[] args) {
        ExperimentResult<CurvesResult> result = new CurvesExperiment().run();
        System.out.print(result.asText());
    }
}
