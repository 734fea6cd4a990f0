package org.activationlab.experiment.inside;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.DeadReluExperiment.ConfigResult;
import org.activationlab.experiment.inside.DeadReluExperiment.LayerRow;
import org.activationlab.experiment.inside.DeadReluExperiment.Rate;
import org.activationlab.network.Activation;

/**
 * What the dead-ReLU experiment found: per activation and learning rate the share of positive
 * pre-activations and of dead units, and every hidden layer of every run its cells measured.
 *
 * @param verdicts C14 and C15
 * @param results  one row per activation and rate with a finished cell
 * @param layers   each finished run's hidden layers at initialisation and (unless it diverged) after
 *                 training: the CSV rows
 * @param details  the data used (and why, if it fell back) and what "dead" means
 */
public record DeadReluResult(List<ClaimVerdict> verdicts, List<ConfigResult> results, List<LayerRow> layers,
                             Map<String, Object> details) implements Findings {

    public DeadReluResult {
        verdicts = List.copyOf(verdicts);
        results = List.copyOf(results);
        layers = List.copyOf(layers);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // keeps key order
    }

    /** The row of {@code activation} at {@code rate}, if one of its cells finished. */
    public Optional<ConfigResult> result(Activation activation, Rate rate) {
        return results.stream().filter(r -> r.activation() == activation && r.rate() == rate).findFirst();
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                bars("positive-z", "Share of pre-activations z > 0 (test set, all hidden layers)", "share of z > 0",
                        ConfigResult::positiveAtInit, ConfigResult::positiveTrained, List.of(Claim.C14)),
                bars("dead-units", "Share of dead hidden units (z <= 0 for every test example)", "share of units",
                        ConfigResult::deadAtInit, ConfigResult::deadTrained, List.of(Claim.C14, Claim.C15)));
    }

    /** One bar per configuration at initialisation and one after training. */
    private Figure bars(String id, String title, String yLabel, ToDoubleFunction<ConfigResult> atInit,
                        ToDoubleFunction<ConfigResult> trained, List<Claim> claims) {
        List<String> labels = results.stream().map(r -> r.activation().id() + ", " + r.rate().id() + " rate").toList();
        double[] x = IntStream.range(0, results.size()).asDoubleStream().toArray();
        return new Figure(id, title, Figure.Kind.BAR, "configuration", yLabel, false, List.of(
                new Figure.Series("init", x, results.stream().mapToDouble(atInit).toArray(), null, null, labels),
                new Figure.Series("trained", x, results.stream().mapToDouble(trained).toArray(), null, null, labels)),
                null, claims);
    }

    @Override
    public Table table() {
        Table table = Table.of(List.of("activation", "rate", "z>0 init", "z>0 trained", "dead init", "dead trained",
                "test acc", "diverged", "failed"));
        for (ConfigResult r : results) {
            table = table.withRow(r.activation().id(), r.rate().id() + " (" + r.learningRate() + ")",
                    r.positiveAtInit(), r.positiveTrained(), r.deadAtInit(), r.deadTrained(), r.testAccuracy(),
                    r.diverged(), r.failed());
        }
        return table;
    }

    @Override
    public CsvRows<LayerRow> csv() {
        return CsvRows.of(LayerRow.class, layers);
    }
}
