package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.activationlab.diagnostics.ActivationCurve;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.CurvesExperiment.CurveResult;
import org.activationlab.experiment.inside.CurvesExperiment.Point;
import org.activationlab.network.Activation;

/**
 * What the curves experiment found: per activation its range, mean outputs and slopes, and the
 * curves its cells computed through DL4J and by hand.
 *
 * @param verdicts C9, C12, C13 and C16
 * @param results  one row per activation whose cell finished
 * @param curves   those activations' curves, same order
 * @param shift    mean of the shifted sample (for the table)
 * @param zMax     right end of the grid (for the table)
 */
public record CurvesResult(List<ClaimVerdict> verdicts, List<CurveResult> results, List<ActivationCurve> curves,
                           double shift, double zMax) implements Findings {

    /**
     * The settings the numbers are read against.
     *
     * @param shift               mean of the shifted sample
     * @param toleranceDl4jVsHand largest |DL4J − hand| that counts as agreement
     */
    public record Details(double shift, double toleranceDl4jVsHand) {
    }

    public CurvesResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        curves = List.copyOf(curves);
    }

    /** The row of {@code activation} (e.g. "sigmoid"), if its cell finished. */
    public Optional<CurveResult> result(String activation) {
        return results.stream().filter(r -> r.activation().equals(activation)).findFirst();
    }

    @Override
    public Details details() {
        return new Details(shift, CurvesExperiment.AGREEMENT);
    }

    @Override
    public List<Figure> figures() {
        List<Figure.Series> values = new ArrayList<>();
        List<Figure.Series> slopes = new ArrayList<>();
        for (ActivationCurve c : curves) {
            values.add(new Figure.Series(c.activation(), c.z(), c.valueDl4j()));
            slopes.add(new Figure.Series(c.activation(), c.z(), c.slopeDl4j()));
        }
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
        return figures;
    }

    private static List<Figure.Series> series(List<Figure.Series> all, Predicate<Activation> keep) {
        return all.stream().filter(s -> keep.test(Activation.parse(s.name()))).toList();
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("activation", "min f", "max f", "mean f, N(0,1)", "mean f, N(" + shift + ",1)",
                "max slope", "slope at " + zMax, "slope>0 share", "|DL4J-hand| f", "|DL4J-hand| f'"));
        for (CurveResult r : results) {
            table = table.withRow(r.activation(), r.minOnGrid(), r.maxOnGrid(), r.meanOutputCentred(),
                    r.meanOutputShifted(), r.maxSlope(), r.slopeAtEdge(), r.nonZeroSlopeFraction(),
                    r.maxValueDifference(), r.maxSlopeDifference());
        }
        return table;
    }

    /** One row per activation and grid point. */
    @Override
    public CsvRows<Point> csv() {
        List<Point> points = new ArrayList<>();
        for (ActivationCurve c : curves) {
            for (int i = 0; i < c.z().length; i++) {
                points.add(new Point(c.activation(), c.z()[i], c.valueDl4j()[i], c.valueHand()[i], c.slopeDl4j()[i],
                        c.slopeHand()[i]));
            }
        }
        return CsvRows.of(Point.class, points);
    }
}
