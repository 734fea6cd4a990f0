package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.activationlab.data.XorPoints;
import org.activationlab.diagnostics.DecisionSurface;
import org.activationlab.experiment.XorExperiment.ModelResult;
import org.activationlab.experiment.XorExperiment.Run;

/**
 * What the XOR experiment found: each model over its seeds, every run, and the decision surfaces its
 * cells measured.
 *
 * @param verdicts   C4, C5 and C6
 * @param results    one row per model that has finished runs
 * @param runs       every finished run (the CSV rows)
 * @param boundaries the decision surfaces measured inside the first seed's training
 * @param seeds      seeds per model (for the chart title)
 * @param steps      gradient steps per run (for the chart title)
 */
public record XorResult(List<ClaimVerdict> verdicts, List<ModelResult> results, List<Run> runs,
                        List<Boundary> boundaries, int seeds, int steps) implements Findings {

    /**
     * One trained network's decision surface.
     *
     * @param model      the model's name
     * @param seed       its seed
     * @param perceptron it has no hidden layer
     * @param accuracy   its final accuracy on the 4 points (NaN if it diverged)
     * @param surface    P(true) over the grid
     */
    public record Boundary(String model, long seed, boolean perceptron, double accuracy, DecisionSurface surface) {
    }

    public XorResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        runs = List.copyOf(runs);
        boundaries = List.copyOf(boundaries);
    }

    /** The row of the model named {@code model} (e.g. "tanh MLP", "perceptron"), if it has finished runs. */
    public java.util.Optional<ModelResult> result(String model) {
        return results.stream().filter(r -> r.model().equals(model)).findFirst();
    }

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(solvedFigure());
        boundaries.forEach(b -> figures.add(new Figure(
                "boundary-" + b.model().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT),
                String.format("%s, seed %d: P(true), accuracy %.2f", b.model(), b.seed(), b.accuracy()),
                Figure.Kind.HEATMAP, "x1 (input)", "x2 (input)", false, List.of(),
                DecisionGrid.heatmap(b.surface(), XorPoints.dataset()),
                b.perceptron() ? List.of(Claim.C5) : List.of(Claim.C4, Claim.C6))));
        return figures;
    }

    private Figure solvedFigure() {
        List<String> models = results.stream().map(ModelResult::model).toList();
        double[] positions = IntStream.range(0, models.size()).asDoubleStream().toArray();
        return new Figure("solved", String.format("XOR solved per model (%d seeds, %d steps)", seeds, steps),
                Figure.Kind.BAR, "model", "fraction (0–1)", false, List.of(
                new Figure.Series("solved (share of seeds)", positions,
                        results.stream().mapToDouble(ModelResult::solvedFraction).toArray(), null, null, models),
                new Figure.Series("mean accuracy", positions,
                        results.stream().mapToDouble(ModelResult::accuracyMean).toArray(), null, null, models)),
                null, List.of(Claim.C4, Claim.C5, Claim.C6));
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("model", "hidden layers", "params", "accuracy", "solved", "median steps",
                "final loss"));
        for (ModelResult r : results) {
            table = table.withRow(r.model(), r.hiddenLayers(), r.parameters(), r.accuracyMean(),
                    String.format("%d/%d", Math.round(r.solvedFraction() * r.seeds()), r.seeds()),
                    Double.isNaN(r.medianStepsToSolve()) ? "never" : String.format("%.0f", r.medianStepsToSolve()),
                    r.finalLossMean());
        }
        return table;
    }

    @Override
    public CsvRows<Run> csv() {
        return CsvRows.of(Run.class, runs);
    }
}
