package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationlab.diagnostics.ActivationMath;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Figure;
import org.activationlab.sweep.Progress;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.network.Activation;
import org.activationlab.network.Validation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The activation curves (C9, C12, C13, C16): f(z) and f′(z) on a grid, the output range, the mean
 * output for z ~ N(0, 1) and for shifted inputs, and the largest slope, each computed through DL4J
 * and by hand with ND4J.
 *
 * <p>The largest slope bounds how much a layer can pass back: sigmoid's 0.25 means the gradient
 * shrinks at least 4× per sigmoid layer (given weights of unit scale), the root of C11.
 */
public final class CurvesExperiment extends Experiment.Loop<CurvesExperiment.Settings> {
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
            Validation.require(zMin < zMax, "zMin", "less than zMax (" + zMax + ")", zMin);
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

    @Override
    protected Outcome execute(Progress progress) {
        double step = (settings.zMax() - settings.zMin()) / (settings.gridPoints() - 1);
        INDArray grid = Nd4j.linspace(DataType.DOUBLE, settings.zMin(), step, settings.gridPoints())
                .reshape(1, settings.gridPoints());
        INDArray centred = normalSample(0);
        INDArray shifted = normalSample(settings.shift());
        List<Activation> activations = Activation.hiddenChoices();
        progress.start("curves", activations.size());
        List<CurveResult> results = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Figure.Series> values = new ArrayList<>();
        List<Figure.Series> slopes = new ArrayList<>();
        double[] z = grid.toDoubleVector();
        for (Activation a : activations) {
            double s = settings.leakySlope();
            double[] fDl4j = ActivationMath.dl4jValue(a, s, grid).toDoubleVector();
            double[] fHand = ActivationMath.handValue(a, s, grid).toDoubleVector();
            double[] dDl4j = ActivationMath.dl4jSlope(a, s, grid).toDoubleVector();
            double[] dHand = ActivationMath.handSlope(a, s, grid).toDoubleVector();
            for (int i = 0; i < z.length; i++) {
                points.add(new Point(a.id(), z[i], fDl4j[i], fHand[i], dDl4j[i], dHand[i]));
            }
            values.add(new Figure.Series(a.id(), z, fDl4j));
            slopes.add(new Figure.Series(a.id(), z, dDl4j));
            INDArray centredValue = ActivationMath.dl4jValue(a, s, centred);
            INDArray centredSlope = ActivationMath.dl4jSlope(a, s, centred);
            double valueDiff = Math.max(maxAbsDiff(fDl4j, fHand),
                    maxAbsDiff(centredValue, ActivationMath.handValue(a, s, centred)));
            double slopeDiff = Math.max(maxAbsDiff(dDl4j, dHand),
                    maxAbsDiff(centredSlope, ActivationMath.handSlope(a, s, centred)));
            results.add(new CurveResult(a.id(), min(fDl4j), max(fDl4j), centredValue.meanNumber().doubleValue(),
                    ActivationMath.dl4jValue(a, s, shifted).meanNumber().doubleValue(),
                    max(dDl4j), dDl4j[dDl4j.length - 1],
                    centredSlope.gt(0).castTo(DataType.DOUBLE).meanNumber().doubleValue(), valueDiff, slopeDiff));
            progress.step();
        }
        progress.done();
        // Ten curves in one chart hide each other (six coincide with z for z > 0): the article's functions
        // in one pair of charts, the modern ones with ReLU as their reference in another.
        List<Figure.Series> modernValues = series(values, a -> !a.inArticle() || a == Activation.RELU);
        List<Figure.Series> modernSlopes = series(slopes, a -> !a.inArticle() || a == Activation.RELU);
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("values", "Activation functions f(z)", Figure.Kind.LINE, "z", "f(z)", false,
                        series(values, Activation::inArticle), null, List.of(Claim.C9, Claim.C12)),
                new Figure("slopes", "Slopes f'(z): sigmoid never exceeds 0.25", Figure.Kind.LINE, "z", "f'(z)",
                        false, series(slopes, Activation::inArticle), null, List.of(Claim.C11, Claim.C13, Claim.C15))));
        if (modernValues.size() > 1) {
            figures.add(new Figure("values-modern", "Modern activations f(z), ReLU for reference", Figure.Kind.LINE,
                    "z", "f(z)", false, modernValues, null, List.of()));
            figures.add(new Figure("slopes-modern", "Modern activations' slopes f'(z), ReLU for reference",
                    Figure.Kind.LINE, "z", "f'(z)", false, modernSlopes, null, List.of()));
        }
        Table table = Table.of(List.of("activation", "min f", "max f", "mean f, N(0,1)",
                "mean f, N(" + settings.shift() + ",1)", "max slope", "slope at " + settings.zMax(),
                "slope>0 share", "|DL4J-hand| f", "|DL4J-hand| f'"));
        for (CurveResult r : results) {
            table = table.withRow(r.activation(), r.minOnGrid(), r.maxOnGrid(), r.meanOutputCentred(),
                    r.meanOutputShifted(), r.maxSlope(), r.slopeAtEdge(), r.nonZeroSlopeFraction(),
                    r.maxValueDifference(), r.maxSlopeDifference());
        }
        return new Outcome(judge(results), results, points, Map.of("shift", settings.shift(),
                "tolerance_dl4j_vs_hand", AGREEMENT), figures, table);
    }

    /** Verdicts from the curve numbers. */
    List<ClaimVerdict> judge(List<CurveResult> results) {
        CurveResult sigmoid = find(results, Activation.SIGMOID);
        CurveResult tanh = find(results, Activation.TANH);
        CurveResult relu = find(results, Activation.RELU);
        List<ClaimVerdict> verdicts = new ArrayList<>();
        verdicts.add(rangeAndMean(Claim.C9, sigmoid, 0, 1, 0.5, ""));
        verdicts.add(rangeAndMean(Claim.C12, tanh, -1, 1, 0, String.format(" Its largest slope is %.3f, %.1f× "
                        + "sigmoid's %.3f; whether it trains better is measured by training, not by the curve.",
                tanh.maxSlope(), tanh.maxSlope() / sigmoid.maxSlope(), sigmoid.maxSlope())));

        double share = relu.nonZeroSlopeFraction();
        Verdict c13 = share >= 0.6 ? Verdict.SUPPORTED : share <= 0.4 ? Verdict.REFUTED : Verdict.PARTLY;
        verdicts.add(new ClaimVerdict(Claim.C13, c13, String.format("The curve part of the claim: ReLU's slope is "
                        + "exactly %.1f for every z > 0 (sigmoid's is %.4f at z = %.0f), but it is 0 for %.1f%% of "
                        + "z ~ N(0,1), so 'non-zero for most inputs' holds only when most z are positive (see "
                        + "dead-relu); speed and accuracy are measured by training.", relu.slopeAtEdge(),
                sigmoid.slopeAtEdge(), settings.zMax(), (1 - share) * 100)));

        // C16 is the article's claim about its own functions; the modern ones are checked the same way and
        // reported beside it, so adding them neither helps nor hurts the verdict.
        List<CurveResult> article = results.stream().filter(r -> Activation.parse(r.activation()).inArticle()).toList();
        List<CurveResult> modern = results.stream().filter(r -> !article.contains(r)).toList();
        double worst = worstDifference(article);
        String others = modern.isEmpty() ? "" : String.format(" The %d other functions (%s) agree to %.2g, "
                        + "outside the claim.", modern.size(),
                modern.stream().map(CurveResult::activation).collect(java.util.stream.Collectors.joining(", ")),
                worstDifference(modern));
        verdicts.add(new ClaimVerdict(Claim.C16, worst <= AGREEMENT ? Verdict.SUPPORTED : Verdict.REFUTED,
                String.format("f(z) and f'(z) by hand (Transforms.exp, max) and through DL4J's IActivation differ "
                        + "by at most %.2g over the article's %d activations × (%d grid points + %d samples); "
                        + "tolerance %.0g.%s", worst, article.size(), settings.gridPoints(), settings.samples(),
                        AGREEMENT, others)));
        return verdicts;
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

    private INDArray normalSample(double mean) {
        Random random = new Random(settings.seed());
        double[] z = new double[settings.samples()];
        for (int i = 0; i < z.length; i++) {
            z[i] = mean + random.nextGaussian();
        }
        return Nd4j.create(z, new long[]{1, z.length}, DataType.DOUBLE);
    }

    private static List<Figure.Series> series(List<Figure.Series> all, java.util.function.Predicate<Activation> keep) {
        return all.stream().filter(s -> keep.test(Activation.parse(s.name()))).toList();
    }

    private static double worstDifference(List<CurveResult> results) {
        return results.stream().mapToDouble(r -> Math.max(r.maxValueDifference(), r.maxSlopeDifference()))
                .max().orElse(0);
    }

    private static CurveResult find(List<CurveResult> results, Activation a) {
        return results.stream().filter(r -> r.activation().equals(a.id())).findFirst().orElseThrow();
    }

    private static double maxAbsDiff(INDArray a, INDArray b) {
        return Transforms.abs(a.sub(b), false).maxNumber().doubleValue();
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        return maxAbsDiff(Nd4j.createFromArray(a), Nd4j.createFromArray(b));
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }

    /** Runs with default settings and prints the table: {@code java … CurvesExperiment}. */
    public static void main(String[] args) {
        ExperimentResult<?> result = new CurvesExperiment().run();
        System.out.print(result.asText());
    }
}
