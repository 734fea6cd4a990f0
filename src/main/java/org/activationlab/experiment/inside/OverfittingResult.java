package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.OverfittingExperiment.CurvePoint;
import org.activationlab.experiment.inside.OverfittingExperiment.Remedy;
import org.activationlab.experiment.inside.OverfittingExperiment.Run;
import org.activationlab.stats.Summary;
import org.activationlab.stats.WelchTest;

/**
 * What the over-fitting experiment found: each run at its kept epoch, each remedy's verdict against no
 * regularisation, and the per-epoch curves of train (test mode), validation and test.
 *
 * @param verdicts C18
 * @param remedies l2, dropout and early stopping, each against none
 * @param runs     one row per remedy and usable seed
 * @param curves   every evaluated epoch of every trained run (early stopping shares none's)
 * @param details  the data, the split, the network and the remedies' settings
 */
public record OverfittingResult(List<ClaimVerdict> verdicts, List<RemedyVerdict> remedies, List<Run> runs,
                                List<CurvePoint> curves, Map<String, Object> details) implements Findings {

    /**
     * One remedy against no regularisation.
     *
     * @param remedy   the remedy
     * @param gap      Welch's test of its train − test gap against none's (a = the remedy)
     * @param accuracy Welch's test of its test accuracy against none's
     * @param verdict  both aspects combined
     * @param evidence the numbers
     */
    public record RemedyVerdict(String remedy, WelchTest gap, WelchTest accuracy, Verdict verdict, String evidence) {
    }

    public OverfittingResult {
        verdicts = List.copyOf(verdicts);
        remedies = List.copyOf(remedies);
        runs = List.copyOf(runs);
        curves = List.copyOf(curves);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // keeps key order
    }

    /** The summary rows of summary.json: one per remedy and usable seed. */
    @Override
    public List<Run> results() {
        return runs;
    }

    /** The usable runs of {@code remedy} (e.g. "dropout"). */
    public List<Run> runs(String remedy) {
        return runs.stream().filter(r -> r.remedy().equals(remedy)).toList();
    }

    /** Train (test mode) and test accuracy per epoch of each trained remedy's first seed; gap bars per remedy. */
    @Override
    public List<Figure> figures() {
        List<Figure.Series> lines = new ArrayList<>();
        for (Remedy remedy : Remedy.trained()) {
            List<CurvePoint> first = firstSeed(remedy.id());
            if (first.isEmpty()) {
                continue;
            }
            double[] epochs = first.stream().mapToDouble(CurvePoint::epoch).toArray();
            // One colour per remedy; train comes first, so it is the solid line and test the dashed one.
            lines.add(new Figure.Series(remedy.id() + " train", epochs,
                    first.stream().mapToDouble(CurvePoint::trainAccuracy).toArray()).coloredAs(remedy.id()));
            lines.add(new Figure.Series(remedy.id() + " test", epochs,
                    first.stream().mapToDouble(CurvePoint::testAccuracy).toArray()).coloredAs(remedy.id()));
        }
        return List.of(
                new Figure("train-test-curves", "Accuracy per epoch (solid: train, dashed: test)",
                        Figure.Kind.LINE, "epoch (first seed)", "accuracy (train in test mode)", false, lines, null,
                        List.of(Claim.C18)),
                // A gap half as wide is half the overfitting: its bars start at 0.
                perRemedy("gap", "Train - test accuracy gap per remedy (mean ± std, seeds)",
                        "train - test accuracy (0-1 scale)", "train - test gap", Run::gap),
                // Test accuracies of 0.8-0.9 differ by a few points, which bars from 0 would flatten.
                perRemedy("test-accuracy", "Test accuracy per remedy (mean ± std, seeds)",
                        "test accuracy", "test accuracy", Run::testAccuracy).fittedY());
    }

    /** One bar per remedy with runs: the mean of {@code measure} over its seeds, ± its standard deviation. */
    private Figure perRemedy(String id, String title, String yLabel, String seriesName,
                             java.util.function.ToDoubleFunction<Run> measure) {
        List<String> names = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (Remedy remedy : Remedy.values()) {
            List<Run> own = runs(remedy.id());
            if (!own.isEmpty()) {
                names.add(remedy.id());
                summaries.add(Summary.of(own.stream().mapToDouble(measure).toArray()));
            }
        }
        double[] mean = summaries.stream().mapToDouble(Summary::mean).toArray();
        double[] std = summaries.stream().mapToDouble(Summary::std).map(v -> Double.isFinite(v) ? v : 0).toArray();
        double[] x = IntStream.range(0, names.size()).asDoubleStream().toArray();
        return new Figure(id, title, Figure.Kind.BAR, "remedy", yLabel, false, List.of(new Figure.Series(seriesName, x,
                mean, IntStream.range(0, mean.length).mapToDouble(i -> mean[i] - std[i]).toArray(),
                IntStream.range(0, mean.length).mapToDouble(i -> mean[i] + std[i]).toArray(), names)),
                null, List.of(Claim.C18));
    }

    private List<CurvePoint> firstSeed(String remedy) {
        List<CurvePoint> own = curves.stream().filter(c -> c.remedy().equals(remedy)).toList();
        return own.isEmpty() ? own : own.stream().filter(c -> c.seed() == own.get(0).seed()).toList();
    }

    /** Per remedy: means over seeds, and its verdict. */
    @Override
    public Table table() {
        Table table = Table.of(List.of("remedy", "runs", "epoch kept", "train acc", "validation acc", "test acc",
                "gap", "best test acc", "verdict"));
        for (Remedy remedy : Remedy.values()) {
            List<Run> own = runs(remedy.id());
            if (own.isEmpty()) {
                continue;
            }
            String verdict = remedies.stream().filter(v -> v.remedy().equals(remedy.id())).findFirst()
                    .map(v -> v.verdict().label()).orElse("(baseline)");
            table = table.withRow(remedy.id(), own.size(), mean(own, Run::epoch), mean(own, Run::trainAccuracy),
                    mean(own, Run::validationAccuracy), mean(own, Run::testAccuracy), mean(own, Run::gap),
                    mean(own, Run::bestTestAccuracy), verdict);
        }
        return table;
    }

    private static double mean(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        return Summary.of(runs.stream().mapToDouble(f).toArray()).mean();
    }

    /** One row per trained run and evaluated epoch. */
    @Override
    public CsvRows<CurvePoint> csv() {
        return CsvRows.of(CurvePoint.class, curves);
    }
}
