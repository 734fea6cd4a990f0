package org.activationlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.activationlab.experiment.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look every chart shares (fonts, background, legend, log axis) and the small data clean-ups
 * every plot needs, so the plot classes only say what they draw.
 */
final class ChartStyle {
    // Large enough to stay readable when the report shows two charts side by side (scaled to ~70 %).
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
    /** Line dashes that tell apart two series that share a colour (e.g. "relu train" and "relu test"). */
    private static final List<BasicStroke> STROKES = List.of(
            new BasicStroke(2.2f),
            new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{8f, 5f}, 0f),
            new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{2f, 4f}, 0f));
    private static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.SQUARE);

    private ChartStyle() {
    }

    /** Applies the shared look, the figure's axis titles and its log axis to an axes chart. */
    static void apply(Chart<? extends AxesChartStyler, ?> chart, Figure figure) {
        chart.setTitle(figure.title());
        chart.setXAxisTitle(figure.xLabel());
        chart.setYAxisTitle(yTitle(figure));
        AxesChartStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Color.GRAY);
        s.setPlotGridLinesColor(GRID);
        s.setChartTitleFont(TITLE);
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendFont(LEGEND);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setChartPadding(12);
        s.setAntiAlias(true);
        s.setYAxisLogarithmic(figure.logY());
        // Decade-only labels leave a log axis spanning about a decade with one label or none;
        // over more decades, labels at 2, 3, … 9 crowd each other (seen at 1.8 decades).
        s.setYAxisLogarithmicDecadeOnly(decadesSpanned(figure) > 1.5);
        if (!figure.logY()) {
            // XChart ignores the log scale when a label function is set, so log axes keep its own labels.
            s.setyAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
    }

    /** The y label, saying "log scale" inside its last parenthesis if it has one: "norm (mean, log scale)". */
    static String yTitle(Figure figure) {
        String label = figure.yLabel();
        if (!figure.logY()) {
            return label;
        }
        return label.endsWith(")") ? label.substring(0, label.length() - 1) + ", log scale)" : label + " (log scale)";
    }

    /** log10(max / min) over the positive y values (and band edges) of the figure's series. */
    static double decadesSpanned(Figure figure) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Figure.Series series : figure.series()) {
            for (double[] values : new double[][]{series.y(), series.low(), series.high()}) {
                for (double v : values == null ? new double[0] : values) {
                    if (Double.isFinite(v) && v > 0) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return max > 0 ? Math.log10(max / min) : 0;
    }

    /** A tick label: "0.08", "1.5", "250", "1e-05" — short, without trailing zeros. */
    static String tick(Double v) {
        double a = Math.abs(v);
        if (v == 0 || (a >= 1e-3 && a < 1e5)) {
            return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4f", v)).stripTrailingZeros()
                    .toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e+", "e");
    }

    /** {@link #apply} plus short labels on the numeric x axis of an XY chart. */
    static void applyXY(XYChart chart, Figure figure) {
        apply(chart, figure);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(ChartStyle::tick);
    }

    /** Keeps the points a chart can draw: finite x and y, and y &gt; 0 on a log axis. */
    static boolean drawable(double x, double y, boolean logY) {
        return Double.isFinite(x) && Double.isFinite(y) && (!logY || y > 0);
    }

    /** The dash (lines) or marker (points) of a {@link SeriesLook#variant()}: solid and circle first. */
    static final class Variants {
        private Variants() {
        }

        static BasicStroke stroke(int variant) {
            return STROKES.get(variant % STROKES.size());
        }

        static Marker marker(int variant) {
            return MARKERS.get(variant % MARKERS.size());
        }
    }

    /** Makes {@code name} unique among {@code used}, since a chart keys its series by name. */
    static String unique(String name, List<String> used) {
        String candidate = name == null || name.isBlank() ? "series" : name;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        used.add(candidate);
        return candidate;
    }

    /** Paints {@code chart} onto a new white image of the given size. */
    static BufferedImage paint(Chart<?, ?> chart, int width, int height) {
        BufferedImage image = blank(width, height);
        Graphics2D g = image.createGraphics();
        try {
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A white RGB image with anti-aliasing hints ready for drawing. */
    static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** A placeholder for a figure with nothing drawable, saying so instead of failing the whole report. */
    static BufferedImage noData(Figure figure, int width, int height) {
        BufferedImage image = blank(width, height);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.DARK_GRAY);
        g.setFont(TITLE);
        g.drawString(figure.title(), 20, 40);
        g.setFont(AXIS_TITLE);
        g.drawString("no drawable data (every value is missing, infinite, or ≤ 0 on a log axis)", 20, height / 2);
        g.dispose();
        return image;
    }
}
