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
import org.activationlab.experiment.inside.ManualForwardExperiment.Check;

/**
 * What the manual-forward experiment found: per trained network the largest difference between its
 * output by hand and DL4J's, and the hand computation as code.
 *
 * @param verdicts  C16
 * @param results   one row per network and seed that finished
 * @param codePaths per network, the code of its hand pass (the first seed's; every seed has the same layers)
 */
public record ManualForwardResult(List<ClaimVerdict> verdicts, List<Check> results,
                                  Map<String, List<String>> codePaths) implements Findings {

    /**
     * What summary.json adds to the rows.
     *
     * @param codePath  per network, its hand pass as code
     * @param tolerance largest difference that counts as agreement
     */
    public record Details(Map<String, List<String>> codePath, double tolerance) {
    }

    public ManualForwardResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        codePaths = Collections.unmodifiableMap(new LinkedHashMap<>(codePaths)); // keeps the networks' order
    }

    @Override
    public Details details() {
        return new Details(codePaths, ManualForwardExperiment.AGREEMENT);
    }

    @Override
    public List<Figure> figures() {
        return List.of();
    }

    /** Each network's code path, its largest difference over seeds on the first line. */
    @Override
    public Table table() {
        Table table = Table.of(List.of("network", "computed by hand", "max |hand - DL4J|"));
        for (Map.Entry<String, List<String>> e : codePaths.entrySet()) {
            List<Check> own = results.stream().filter(c -> c.network().equals(e.getKey())).toList();
            double worst = own.stream().mapToDouble(Check::maxAbsDifference).max().orElse(Double.NaN);
            List<String> code = e.getValue();
            for (int i = 0; i < code.size(); i++) {
                table = table.withRow(i == 0 ? own.get(0).architecture() : "", code.get(i), i == 0 ? worst : "");
            }
        }
        return table;
    }

    @Override
    public CsvRows<Check> csv() {
        return CsvRows.of(Check.class, results);
    }
}
