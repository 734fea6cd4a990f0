package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.CompareExperiment.ActivationResult;
import org.activationlab.experiment.CompareExperiment.Details;
import org.activationlab.experiment.CompareExperiment.EpochRow;
import org.activationlab.experiment.CompareExperiment.Metric;
import org.activationlab.experiment.CompareExperiment.PairComparison;
import org.activationlab.experiment.CompareExperiment.Run;
import org.activationlab.network.Activation;
import org.activationlab.stats.Summary;
import org.activationlab.train.EpochMetrics;

/**
 * What the activation showdown found: per-activation statistics, the pairwise Welch tests and the runs
 * behind them. The table, figures and CSV rows are computed from these.
 *
 * @param verdicts    C12, C13 and C15 as far as the activations compared allow
 * @param results     one row per activation
 * @param details     dataset, pairwise tests, diverged runs and specs (summary.json's "details")
 * @param runs        every run that trained (diverged ones included; failed cells have none)
 * @param metric      the metric judged
 * @param activations the activations compared, in settings order
 * @param target      the target metric for "epochs to target"
 * @param dataset     the dataset's name
 */
public record CompareResult(List<ClaimVerdict> verdicts, List<ActivationResult> results, Details details,
                            List<Run> runs, Metric metric, List<Activation> activations, double target,
                            String dataset) implements Findings {

    public CompareResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        runs = List.copyOf(runs);
        activations = List.copyOf(activations);
    }

    /** Welch's test for every pair of activations, on the final metric and on epochs to target. */
    public List<PairComparison> comparisons() {
        return details.comparisons();
    }

    /** The row of {@code activation}, if it was compared. */
    public java.util.Optional<ActivationResult> result(Activation activation) {
        return results.stream().filter(r -> r.activation().equals(activation.id())).findFirst();
    }

    @Override
    public List<Figure> figures() {
        return new CompareFigures(metric, activations, runs, results).all();
    }

    @Override
    public Table table() {
        String reached = (metric == Metric.ACCURACY ? "acc" : "R²") + " ≥ " + Table.format(target);
        Table table = Table.of(List.of("activation", "runs", "diverged", metric.label() + " mean ± std", "95% CI",
                "reached " + reached, "epochs to it (median)", "seconds to it (mean)", "final train loss"));
        for (ActivationResult r : results) {
            Summary m = r.finalMetric();
            table = table.withRow(r.activation(), r.runs(), r.diverged(),
                    Table.format(m.mean()) + " ± " + Table.format(m.std()),
                    "[" + Table.format(m.ciLow()) + ", " + Table.format(m.ciHigh()) + "]",
                    r.reachedTarget() + "/" + (r.runs() - r.diverged()),
                    ActivationVerdicts.fmtEpochs(r.epochsToTarget().median()),
                    r.secondsToTarget().mean(), r.finalTrainLoss().mean());
        }
        return table;
    }

    /** One row per run and evaluated epoch (tidy: ready for pandas or a spreadsheet pivot). */
    @Override
    public CsvRows<EpochRow> csv() {
        List<EpochRow> rows = new ArrayList<>();
        for (Run r : runs) {
            for (EpochMetrics m : r.history().epochs()) {
                rows.add(new EpochRow(r.id(), dataset, r.activation().id(), r.seed(), m.epoch(), m.trainLoss(),
                        m.testLoss(), m.testAccuracy(), m.testMse(), m.testR2(), m.seconds(), r.diverged(),
                        r.history().divergedEpoch()));
            }
        }
        return CsvRows.of(EpochRow.class, rows);
    }
}
