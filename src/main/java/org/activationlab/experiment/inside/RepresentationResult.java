package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activationlab.data.Dataset;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.RepresentationExperiment.Run;

/**
 * What the representation experiment found: per seed the three test accuracies, and the test points
 * in the input space and in the first finished MLP's hidden coordinates.
 *
 * @param verdicts C3
 * @param results  one row per seed whose MLP and raw-input regression finished
 * @param details  the data, the network and the regression
 * @param inputs   the test points as given
 * @param hidden   the same points in the last hidden layer of the first finished MLP; null if none finished
 */
public record RepresentationResult(List<ClaimVerdict> verdicts, List<Run> results, Map<String, Object> details,
                                   TestPoints inputs, TestPoints hidden) implements Findings {

    /**
     * Test points with their classes, for a scatter chart.
     *
     * @param classNames the class names, by index
     * @param xy         one row per point; the first two columns are drawn
     * @param classes    each point's class index
     */
    public record TestPoints(List<String> classNames, double[][] xy, int[] classes) {

        /** {@code xy} (one row per test example of {@code data}) with the test examples' classes. */
        static TestPoints of(Dataset data, double[][] xy) {
            return new TestPoints(data.classNames(), xy, data.test().getLabels().argMax(1).toIntVector());
        }

        /** One series per class. */
        Figure scatter(String id, String title, String xLabel, String yLabel) {
            List<Figure.Series> series = new ArrayList<>();
            for (int c = 0; c < classNames.size(); c++) {
                int k = c;
                int[] rows = IntStream.range(0, classes.length).filter(r -> classes[r] == k).toArray();
                series.add(new Figure.Series(classNames.get(c), IntStream.of(rows).mapToDouble(r -> xy[r][0]).toArray(),
                        IntStream.of(rows).mapToDouble(r -> xy[r][1]).toArray()));
            }
            return new Figure(id, title, Figure.Kind.SCATTER, xLabel, yLabel, false, series, null, List.of(Claim.C3));
        }
    }

    public RepresentationResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // keeps key order
    }

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(inputs.scatter("raw-inputs", "Test points in the input space (no line separates them)", "x1", "x2"));
        if (hidden != null) {
            figures.add(hidden.scatter("hidden-representation", "Test points in the last hidden layer's coordinates",
                    "hidden unit 1", "hidden unit 2"));
        }
        return figures;
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("seed", "MLP accuracy", "logistic regression on raw inputs",
                "logistic regression on hidden layer"));
        for (Run r : results) {
            table = table.withRow(r.seed(), r.mlpAccuracy(), r.rawAccuracy(), r.hiddenAccuracy());
        }
        return table;
    }

    @Override
    public CsvRows<Run> csv() {
        return CsvRows.of(Run.class, results);
    }
}
