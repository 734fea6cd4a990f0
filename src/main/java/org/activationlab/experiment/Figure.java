package org.activationlab.experiment;

import java.util.List;

/**
 * What a chart shows, as data: experiments fill it, the report draws it (PNG), notebooks display it.
 *
 * <p>Keeping charts as data keeps experiments free of drawing code and lets the report be rendered
 * from results alone. Colours are not chosen here: the report gives each series name (e.g. an
 * activation) the same colour in every chart.
 *
 * @param id      file-name-safe id, unique within the experiment (e.g. "loss-curves")
 * @param title   chart title
 * @param kind    how to draw it
 * @param xLabel  x axis label with unit
 * @param yLabel  y axis label with unit
 * @param logY    logarithmic y axis
 * @param series  lines, point sets or bars
 * @param heatmap grid values for {@link Kind#HEATMAP} (else null)
 * @param claims  claims this chart is evidence for
 * @param yRange  where the y axis of a bar chart starts (lines and points always fit their data)
 */
public record Figure(String id, String title, Kind kind, String xLabel, String yLabel, boolean logY,
                     List<Series> series, Heatmap heatmap, List<Claim> claims, YRange yRange) {

    /** Chart types. */
    public enum Kind { LINE, SCATTER, BAR, HEATMAP }

    /** Where a bar chart's y axis starts; each chart chooses, with a comment saying why. */
    public enum YRange {
        /** At 0: counts, fractions and any quantity whose ratios matter (a bar twice as tall means twice as much). */
        FROM_ZERO,
        /**
         * Fitted to the values and their intervals: differences between values far from 0 (accuracies of 0.8–0.9),
         * which bars from 0 would flatten. The axis title says so.
         */
        FITTED
    }

    public Figure {
        series = List.copyOf(series);
        claims = List.copyOf(claims);
        yRange = yRange == null ? YRange.FROM_ZERO : yRange;
    }

    /** A figure whose bars (if any) start at 0. */
    public Figure(String id, String title, Kind kind, String xLabel, String yLabel, boolean logY,
                  List<Series> series, Heatmap heatmap, List<Claim> claims) {
        this(id, title, kind, xLabel, yLabel, logY, series, heatmap, claims, YRange.FROM_ZERO);
    }

    /** This figure with its bars' y axis fitted to the data (see {@link YRange#FITTED}). */
    public Figure fittedY() {
        return new Figure(id, title, kind, xLabel, yLabel, logY, series, heatmap, claims, YRange.FITTED);
    }

    /**
     * One named series. For a band (e.g. mean ± std over seeds) give {@code low} and {@code high};
     * for bars, x holds category positions and {@code categories} their labels.
     *
     * @param name       legend entry, usually an activation id ("relu") so colours stay consistent
     * @param x          x values
     * @param y          y values
     * @param low        lower band edge, or null
     * @param high       upper band edge, or null
     * @param categories bar labels, or null
     * @param colorOf    the name whose colour the series takes (e.g. "dropout" for "dropout train" and
     *                   "dropout test", which then differ by line style), or null for its own name
     */
    public record Series(String name, double[] x, double[] y, double[] low, double[] high, List<String> categories,
                         String colorOf) {
        public Series(String name, double[] x, double[] y, double[] low, double[] high, List<String> categories) {
            this(name, x, y, low, high, categories, null);
        }

        public Series(String name, double[] x, double[] y) {
            this(name, x, y, null, null, null);
        }

        /** This series in the colour of {@code key}; series sharing a key are told apart by dash or marker, in order. */
        public Series coloredAs(String key) {
            return new Series(name, x, y, low, high, categories, key);
        }

        /** The name that picks this series' colour. */
        public String colorKey() {
            return colorOf != null ? colorOf : name;
        }
    }

    /**
     * Values on a regular grid plus labelled points on top (a TensorFlow-Playground decision boundary).
     *
     * @param xs     grid x coordinates
     * @param ys     grid y coordinates
     * @param values values[i][j] at (xs[j], ys[i]), e.g. predicted probability of class 1
     * @param points the data points drawn over the grid, one series per class
     */
    public record Heatmap(double[] xs, double[] ys, double[][] values, List<Series> points) {
    }
}
