package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.LayerRow;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Run;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Setup;
import org.activationlab.network.Activation;

/**
 * What the vanishing-gradient remedies experiment found: per configuration the gradient ratios, weight
 * change and accuracy over seeds, every network's per-layer numbers, and each remedy-vs-baseline test.
 *
 * @param verdicts     C17, one per remedy family
 * @param results      one row per configuration, in cell order
 * @param runs         every network that finished, in cell order
 * @param comparisons  each remedy against its baseline, with Welch's test per measure
 * @param details      the data used (and why, if it fell back), the networks, the baseline and the target
 * @param hiddenLayers hidden layers per network
 */
public record VanishingRemediesResult(List<ClaimVerdict> verdicts, List<SetupSummary> results, List<Run> runs,
                                      List<RemedyVerdicts.Comparison> comparisons, Map<String, Object> details,
                                      int hiddenLayers) implements Findings {

    public VanishingRemediesResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        runs = List.copyOf(runs);
        comparisons = List.copyOf(comparisons);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // keeps key order
    }

    /** The summary row of {@code setup}, if the experiment had it. */
    public Optional<SetupSummary> result(Setup setup) {
        return results.stream().filter(r -> r.setup().equals(setup)).findFirst();
    }

    /** The verdict on {@code family}, if the experiment's setups allowed one. */
    public Optional<ClaimVerdict> verdict(RemedyVerdicts.Family family) {
        return RemedyVerdicts.find(verdicts, family);
    }

    /**
     * Per activation the gradient profile at initialisation and the first/last ratio during training (both
     * geometric means over seeds, log axes); over all configurations the weight change and the accuracy.
     */
    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        double[] layers = IntStream.rangeClosed(1, hiddenLayers).asDoubleStream().toArray();
        for (Activation a : activations()) {
            List<Figure.Series> profiles = new ArrayList<>();
            List<Figure.Series> ratios = new ArrayList<>();
            for (SetupSummary row : results) {
                List<Run> own = finished(row.setup(), false);
                if (row.setup().activation() != a || own.isEmpty()) {
                    continue;
                }
                String name = seriesName(row.setup());
                profiles.add(new Figure.Series(name, layers, geometricMean(own, Run::gradientAtInit)));
                List<Run> usable = finished(row.setup(), true);
                if (!usable.isEmpty()) {
                    double[] r = geometricMean(usable, Run::ratioPerEpoch);
                    ratios.add(new Figure.Series(name, IntStream.range(0, r.length).asDoubleStream().toArray(), r));
                }
            }
            figures.add(new Figure("gradient-profile-" + a.id(), a.id() + ": gradient norm per hidden layer at init",
                    Figure.Kind.LINE, "hidden layer (1 = nearest the input)",
                    "||dL/dW|| (L2, geometric mean)", true, profiles, null, List.of(Claim.C17)));
            figures.add(new Figure("gradient-ratio-" + a.id(), a.id() + ": first / last layer gradient in training", Figure.Kind.LINE, "epoch", "first / last (geometric mean)", true, ratios,
                    null, List.of(Claim.C17)));
        }
        List<String> labels = results.stream().map(r -> r.setup().label()).toList();
        double[] x = IntStream.range(0, results.size()).asDoubleStream().toArray();
        figures.add(new Figure("weight-change", "How far the first and last hidden layers' weights moved",
                Figure.Kind.BAR, "configuration", "||W - W0|| / ||W0|| (mean)", true, List.of(
                new Figure.Series("first hidden layer", x, column(SetupSummary::firstLayerChange), null, null, labels),
                new Figure.Series("last hidden layer", x, column(SetupSummary::lastLayerChange), null, null, labels)),
                null, List.of(Claim.C17)));
        double[] accuracy = column(SetupSummary::testAccuracy);
        double[] std = column(SetupSummary::testAccuracyStd);
        // Accuracies that differ by a few points would look equal on bars from 0: the axis fits the values.
        figures.add(new Figure("accuracy", "Final test accuracy per configuration (mean ± std over seeds)",
                Figure.Kind.BAR, "configuration", "test accuracy", false, List.of(new Figure.Series("test accuracy",
                x, accuracy, IntStream.range(0, x.length).mapToDouble(i -> accuracy[i] - std[i]).toArray(),
                IntStream.range(0, x.length).mapToDouble(i -> accuracy[i] + std[i]).toArray(), labels)),
                null, List.of(Claim.C17)).fittedY());
        return figures;
    }

    private List<Activation> activations() {
        return results.stream().map(r -> r.setup().activation()).distinct().toList();
    }

    /** The setup without its activation ("xavier, batch norm"): the same colour in every activation's chart. */
    private static String seriesName(Setup s) {
        return s.init().name().toLowerCase(Locale.ROOT) + (s.batchNorm() ? ", batch norm" : "");
    }

    private List<Run> finished(Setup setup, boolean usableOnly) {
        return runs.stream().filter(r -> r.setup().equals(setup) && !(usableOnly && r.diverged())).toList();
    }

    /** Element-wise geometric mean over {@code runs} ({@link RemedyVerdicts#geometricMean}). */
    private static double[] geometricMean(List<Run> runs, Function<Run, double[]> values) {
        return IntStream.range(0, values.apply(runs.get(0)).length).mapToDouble(i -> RemedyVerdicts.geometricMean(
                runs.stream().mapToDouble(r -> values.apply(r)[i]))).toArray();
    }

    private double[] column(java.util.function.ToDoubleFunction<SetupSummary> f) {
        return results.stream().mapToDouble(f).toArray();
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("activation", "init", "batch norm", "runs", "first/last init",
                "first/last trained", "W moved first", "W moved last", "test acc", "± std", "reached target",
                "epochs to target"));
        for (SetupSummary r : results) {
            Setup s = r.setup();
            table = table.withRow(s.activation().id(), s.init().name().toLowerCase(Locale.ROOT),
                    s.batchNorm() ? "yes" : "no", r.runs() + (r.failed() > 0 ? " (" + r.failed() + " failed)" : "")
                            + (r.diverged() > 0 ? " (" + r.diverged() + " diverged)" : ""),
                    r.ratioAtInit(), r.ratioTrained(), r.firstLayerChange(), r.lastLayerChange(), r.testAccuracy(),
                    r.testAccuracyStd(), r.reachedTarget() + "/" + (r.runs() - r.diverged()), r.epochsToTarget());
        }
        return table;
    }

    /** One row per network and hidden layer. */
    @Override
    public CsvRows<LayerRow> csv() {
        List<LayerRow> rows = new ArrayList<>();
        for (Run r : runs) {
            for (int layer = 0; layer < r.gradientAtInit().length; layer++) {
                rows.add(new LayerRow(r.setup().activation().id(), r.setup().init().name().toLowerCase(Locale.ROOT),
                        r.setup().batchNorm(), r.seed(), layer + 1, r.gradientAtInit()[layer],
                        r.gradientTrained()[layer], r.weightChange()[layer], r.finalTestAccuracy(), r.epochToTarget(),
                        r.diverged()));
            }
        }
        return CsvRows.of(LayerRow.class, rows);
    }
}
