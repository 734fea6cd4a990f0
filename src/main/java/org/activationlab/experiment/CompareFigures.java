package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.activationlab.experiment.CompareExperiment.ActivationResult;
import org.activationlab.experiment.CompareExperiment.Metric;
import org.activationlab.experiment.CompareExperiment.Run;
import org.activationlab.network.Activation;
import org.activationlab.train.EpochMetrics;

/**
 * The activation showdown's charts as data: train-loss and test-metric curves per activation (mean over
 * seeds with a min–max band) and the final metric per activation as bars with their 95 % CI.
 * Diverged runs are left out, as in the statistics.
 */
final class CompareFigures {
    private static final List<Claim> CLAIMS = List.of(Claim.C12, Claim.C13, Claim.C15);

    private final Metric metric;
    private final List<Activation> activations;
    private final List<Run> runs;
    private final List<ActivationResult> results;

    CompareFigures(Metric metric, List<Activation> activations, List<Run> runs, List<ActivationResult> results) {
        this.metric = metric;
        this.activations = activations;
        this.runs = runs;
        this.results = results;
    }

    /**
     * Per-epoch mean, minimum and maximum of a value over runs with equal-length histories.
     *
     * @param mean mean per epoch
     * @param low  minimum per epoch
     * @param high maximum per epoch
     */
    record Band(double[] mean, double[] low, double[] high) {
    }

    /** The band of {@code value} over {@code runs}; empty arrays when there are no runs. */
    static Band band(List<Run> runs, ToDoubleFunction<EpochMetrics> value) {
        int epochs = runs.stream().mapToInt(r -> r.history().epochs().size()).min().orElse(0);
        double[] mean = new double[epochs];
        double[] low = new double[epochs];
        double[] high = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            int epoch = e;
            double[] values = runs.stream().mapToDouble(r -> value.applyAsDouble(r.history().epochs().get(epoch))).toArray();
            mean[e] = java.util.Arrays.stream(values).average().orElse(Double.NaN);
            low[e] = java.util.Arrays.stream(values).min().orElse(Double.NaN);
            high[e] = java.util.Arrays.stream(values).max().orElse(Double.NaN);
        }
        return new Band(mean, low, high);
    }

    List<Figure> all() {
        return List.of(
                curves("train-loss", "Training loss per epoch (mean over seeds, band: min–max)", "training loss",
                        true, EpochMetrics::trainLoss),
                curves("test-metric", metric.label() + " per epoch (mean over seeds, band: min–max)", metric.label(),
                        false, metric::of),
                finalBars());
    }

    private Figure curves(String id, String title, String yLabel, boolean logY, ToDoubleFunction<EpochMetrics> value) {
        List<Figure.Series> series = new ArrayList<>();
        for (Activation a : activations) {
            Band band = band(runs.stream().filter(r -> r.activation() == a && !r.diverged()).toList(), value);
            double[] x = IntStream.range(0, band.mean().length).asDoubleStream().toArray();
            series.add(new Figure.Series(a.id(), x, band.mean(), band.low(), band.high(), null));
        }
        return new Figure(id, title, Figure.Kind.LINE, "epoch", yLabel, logY, series, null, CLAIMS);
    }

    /** One bar per activation (one series each, so each keeps its colour), whiskers at the 95 % CI. */
    private Figure finalBars() {
        List<Figure.Series> series = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ActivationResult r = results.get(i);
            series.add(new Figure.Series(r.activation(), new double[]{i}, new double[]{r.finalMetric().mean()},
                    new double[]{r.finalMetric().ciLow()}, new double[]{r.finalMetric().ciHigh()},
                    List.of(r.activation())));
        }
        return new Figure("final-metric", "Final " + metric.label() + " per activation (mean, 95 % CI)",
                Figure.Kind.BAR, "hidden activation", metric.label(), false, series, null, CLAIMS);
    }
}
