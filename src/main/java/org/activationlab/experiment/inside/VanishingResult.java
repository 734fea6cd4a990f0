package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activationlab.diagnostics.LayerTrace;
import org.activationlab.diagnostics.LayerWatch;
import org.activationlab.diagnostics.UnitStatistics;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.VanishingExperiment.ActivationResult;
import org.activationlab.experiment.inside.VanishingExperiment.LayerRow;

/**
 * What the vanishing-gradient experiment found: per network the gradient ratios, weight change and
 * saturation, and the layer traces its cells measured while training.
 *
 * @param verdicts     C11
 * @param results      one row per activation and seed that finished
 * @param traces       the layer measurements of those networks, same order
 * @param details      the data used (and why, if it fell back) and the network
 * @param hiddenLayers hidden layers per network
 */
public record VanishingResult(List<ClaimVerdict> verdicts, List<ActivationResult> results, List<Trace> traces,
                              Map<String, Object> details, int hiddenLayers) implements Findings {

    /**
     * One network's layer measurements.
     *
     * @param activation its hidden activation
     * @param seed       its seed
     * @param trace      gradient norms and unit statistics per evaluated epoch, weight change at the end
     */
    public record Trace(String activation, long seed, LayerTrace trace) {
    }

    public VanishingResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        traces = List.copyOf(traces);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details)); // keeps key order
    }

    /** The first seed's row of {@code activation} (e.g. "sigmoid"), if its network finished. */
    public java.util.Optional<ActivationResult> result(String activation) {
        return results.stream().filter(r -> r.activation().equals(activation)).findFirst();
    }

    /** Charts of each activation's first seed: enough to see the shape, the table has every seed. */
    @Override
    public List<Figure> figures() {
        List<Figure.Series> norms = new ArrayList<>();
        List<Figure.Series> ratios = new ArrayList<>();
        List<Figure.Series> saturation = new ArrayList<>();
        double[] layers = IntStream.rangeClosed(1, hiddenLayers).asDoubleStream().toArray();
        for (Trace t : firstSeeds()) {
            List<LayerWatch.Snapshot> snapshots = t.trace().snapshots();
            norms.add(new Figure.Series(t.activation(), layers, hidden(t.trace().first())));
            ratios.add(new Figure.Series(t.activation(), snapshots.stream().mapToDouble(LayerWatch.Snapshot::epoch)
                    .toArray(), snapshots.stream().mapToDouble(s -> ratio(hidden(s))).toArray()));
            saturation.add(new Figure.Series(t.activation(), layers,
                    t.trace().last().hidden().stream().mapToDouble(UnitStatistics::saturatedFraction).toArray()));
        }
        return List.of(
                new Figure("gradient-norms", "Weight-gradient norm per hidden layer at initialisation", Figure.Kind.LINE,
                        "hidden layer (1 = nearest the input)", "||dL/dW|| (L2)", true, norms, null,
                        List.of(Claim.C11)),
                new Figure("gradient-ratio", "First / last hidden layer gradient norm during training",
                        Figure.Kind.LINE, "epoch", "first / last", true, ratios, null, List.of(Claim.C11)),
                new Figure("saturation", "Saturated share per hidden layer after training", Figure.Kind.LINE,
                        "hidden layer", "share of activations on a flat part", false, saturation, null,
                        List.of(Claim.C11)));
    }

    private List<Trace> firstSeeds() {
        List<Trace> first = new ArrayList<>();
        for (Trace t : traces) {
            if (first.stream().noneMatch(f -> f.activation().equals(t.activation()))) {
                first.add(t);
            }
        }
        return first;
    }

    private double[] hidden(LayerWatch.Snapshot s) {
        return java.util.Arrays.copyOf(s.weightGradientNorms(), hiddenLayers);
    }

    private static double ratio(double[] hiddenNorms) {
        return hiddenNorms[0] / hiddenNorms[hiddenNorms.length - 1];
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("activation", "seed", "first/last at init", "after training", "x per layer",
                "W change first", "W change last", "saturated init", "saturated end", "test acc"));
        for (ActivationResult r : results) {
            table = table.withRow(r.activation(), r.seed(), r.ratioAtInit(), r.ratioAfterTraining(), r.shrinkPerLayer(),
                    r.firstLayerChange(), r.lastLayerChange(), r.saturatedAtInit(), r.saturatedAfterTraining(),
                    r.diverged() ? "diverged" : Table.format(r.finalTestAccuracy()));
        }
        return table;
    }

    /** One row per network, evaluated epoch and hidden layer. */
    @Override
    public CsvRows<LayerRow> csv() {
        List<LayerRow> rows = new ArrayList<>();
        for (Trace t : traces) {
            for (LayerWatch.Snapshot s : t.trace().snapshots()) {
                for (UnitStatistics u : s.hidden()) {
                    rows.add(new LayerRow(t.activation(), t.seed(), s.epoch(), u.layer() + 1,
                            s.weightGradientNorms()[u.layer()], u.mean(), u.std(), u.saturatedFraction(),
                            u.positiveFraction(), s.metrics().testAccuracy()));
                }
            }
        }
        return CsvRows.of(LayerRow.class, rows);
    }
}
