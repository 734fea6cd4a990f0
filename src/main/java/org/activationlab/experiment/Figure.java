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
 */
public record Figure(String id, String title, Kind kind, String xLabel, String yLabel, boolean logY,
                     List<Series> series, Heatmap heatmap, List<Claim> claims) {

    /** Chart types. */
    public enum Kind { LINE, SCATTER, BAR, HEATMAP }

    public Figure {
        series = List.copyOf(series);
        claims = List.copyOf(claims);
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
     */
    public record Series(String name, double[] x, double[] y, double[] low, double[] high, List<String> categories) {
        public Series(String name, double[] x, double[] y) {
            this(name, x, y, null, null, null);
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
