package org.activationlab.experiment.inside;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.OutputsExperiment.HeadResult;

/**
 * What the output-heads experiment found: per task and head the test scores and the outputs'
 * range and row sums, averaged over seeds, and every run.
 *
 * @param verdicts     C1, C7, C8 and C10
 * @param results      one row per head with finished runs, averaged over them
 * @param runs         every finished run (the CSV rows)
 * @param descriptions per head, its network's {@code describe()}
 * @param datasets     the regression, binary and multi-class data sets
 */
public record OutputsResult(List<ClaimVerdict> verdicts, List<HeadResult> results, List<HeadResult> runs,
                            Map<String, String> descriptions, List<String> datasets) implements Findings {

    /**
     * What summary.json adds to the rows.
     *
     * @param describe per head, its network described
     * @param datasets the data sets used
     */
    public record Details(Map<String, String> describe, List<String> datasets) {
    }

    public OutputsResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        runs = List.copyOf(runs);
        descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions)); // keeps the heads' order
        datasets = List.copyOf(datasets);
    }

    @Override
    public Details details() {
        return new Details(descriptions, datasets);
    }

    @Override
    public List<Figure> figures() {
        return List.of();
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("task", "head", "article's", "accuracy", "R²", "|Σout-1|", "output range",
                "target range", "loss init→end"));
        for (HeadResult r : results) {
            table = table.withRow(r.task(), r.head(), r.articlePairing() ? "yes" : "no", r.testAccuracy(), r.testR2(),
                    r.outputSumError(), String.format("[%.2f, %.2f]", r.predictionMin(), r.predictionMax()),
                    String.format("[%.2f, %.2f]", r.targetMin(), r.targetMax()),
                    String.format("%.3f→%.3f", r.initialLoss(), r.finalLoss()));
        }
        return table;
    }

    @Override
    public CsvRows<HeadResult> csv() {
        return CsvRows.of(HeadResult.class, runs);
    }
}
