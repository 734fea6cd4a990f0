package org.activationlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A decision boundary in the style of TensorFlow Playground: the network's output over the input
 * plane as an orange-to-blue heat map, the boundary (the middle of the scale, P = 0.5 for
 * probabilities) as a dark line, the data points on top, and a colour bar.
 *
 * <p>The grid must be regular (evenly spaced xs and ys). XChart's own heat map cannot show points
 * over the grid, so the grid is painted first and the XChart plot (axes, title, legend, points) is
 * painted over it with a transparent background; both use XChart's data-to-screen mapping, so they
 * line up. With two point series (class 0, class 1) the points take the colours of the scale's ends,
 * orange and blue; with any other number the {@link Palette} colours.
 */
final class DecisionBoundaryPlot {
    /** TensorFlow Playground's colours: low values orange, high values blue, the middle nearly white. */
    static final Color LOW = new Color(0xF5, 0x93, 0x22);
    static final Color MIDDLE = new Color(0xE8, 0xEA, 0xEB);
    static final Color HIGH = new Color(0x08, 0x77, 0xBD);
    private static final Color LOW_POINT = new Color(0xC2, 0x5B, 0x00);
    private static final Color HIGH_POINT = new Color(0x05, 0x4A, 0x7A);
    private static final Color MISSING = new Color(0xBB, 0xBB, 0xBB);
    private static final Color BOUNDARY = new Color(0x33, 0x33, 0x33);
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final int COLOUR_BAR_STRIP = 90;
    private static final int POINT_DIAMETER = 15;

    private DecisionBoundaryPlot() {
    }

    static BufferedImage draw(Figure figure, int width, int height) {
        Figure.Heatmap map = figure.heatmap();
        if (map == null || map.xs().length == 0 || map.ys().length == 0) {
            return ChartStyle.noData(figure, width, height);
        }
        checkShape(figure.id(), map);
        double[] range = valueRange(map.values());
        int chartWidth = width - COLOUR_BAR_STRIP;
        XYChart chart = new XYChart(chartWidth, height);
        ChartStyle.applyXY(chart, figure);
        chart.getStyler().setYAxisLogarithmic(false); // a grid over the input plane has linear axes
        double[] xEdges = edges(map.xs());
        double[] yEdges = edges(map.ys());
        chart.getStyler().setXAxisMin(xEdges[0]).setXAxisMax(xEdges[xEdges.length - 1])
                .setYAxisMin(yEdges[0]).setYAxisMax(yEdges[yEdges.length - 1]);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0).setChartBackgroundColor(CLEAR).setPlotBackgroundColor(CLEAR);
        List<Color> pointColors = addPoints(chart, map.points());

        // Lay the chart out once on a scratch image to learn where data coordinates land on screen.
        ChartStyle.paint(chart, chartWidth, height);
        BufferedImage image = ChartStyle.blank(width, height);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintGrid(g, chart, map, xEdges, yEdges, range);
            chart.paint(g, chartWidth, height);
            outlinePoints(g, chart, map.points(), pointColors);
            paintColourBar(g, chart, chartWidth, yEdges, range);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void checkShape(String id, Figure.Heatmap map) {
        boolean ok = map.values().length == map.ys().length;
        for (double[] row : map.values()) {
            ok &= row.length == map.xs().length;
        }
        if (!ok) {
            throw new IllegalArgumentException("heatmap '" + id + "': expected values[ys.length = " + map.ys().length
                    + "][xs.length = " + map.xs().length + "], received " + map.values().length + " rows of lengths "
                    + java.util.Arrays.stream(map.values()).map(r -> String.valueOf(r.length)).distinct().toList());
        }
    }

    private static List<Color> addPoints(XYChart chart, List<Figure.Series> points) {
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        List<SeriesLook> looks = SeriesLook.of(points);
        for (int k = 0; k < points.size(); k++) {
            Figure.Series s = points.get(k);
            Color color = points.size() == 2 ? (k == 0 ? LOW_POINT : HIGH_POINT) : looks.get(k).color();
            colors.add(color);
            Points p = Points.of(s.x(), s.y(), false);
            if (p.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(ChartStyle.unique(s.name(), names), p.x(), p.y());
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(color);
        }
        if (names.isEmpty()) {
            // XChart needs a series to lay out axes; an invisible one at a grid corner does.
            XYSeries corner = chart.addSeries(" ", new double[]{chart.getStyler().getXAxisMin()},
                    new double[]{chart.getStyler().getYAxisMin()});
            corner.setMarker(SeriesMarkers.NONE).setShowInLegend(false);
        }
        return colors;
    }

    /**
     * Colours every plot pixel by bilinear interpolation between the grid values, so the map looks
     * continuous as in TensorFlow Playground, and draws the decision boundary — where the value crosses
     * the middle of the scale (P = 0.5) — as a dark line, visible even when the map is faint.
     */
    private static void paintGrid(Graphics2D g, XYChart chart, Figure.Heatmap map, double[] xEdges, double[] yEdges,
                                  double[] range) {
        int nx = map.xs().length;
        int ny = map.ys().length;
        int left = (int) Math.round(chart.getScreenXFromChart(xEdges[0]));
        int right = (int) Math.round(chart.getScreenXFromChart(xEdges[nx]));
        int top = (int) Math.round(chart.getScreenYFromChart(yEdges[ny]));
        int bottom = (int) Math.round(chart.getScreenYFromChart(yEdges[0]));
        int w = Math.max(1, right - left);
        int h = Math.max(1, bottom - top);
        double x0 = chart.getScreenXFromChart(map.xs()[0]);
        double x1 = chart.getScreenXFromChart(map.xs()[nx - 1]);
        double y0 = chart.getScreenYFromChart(map.ys()[0]);
        double y1 = chart.getScreenYFromChart(map.ys()[ny - 1]);
        double[][] v = new double[h][w];
        for (int py = 0; py < h; py++) {
            double fy = gridPosition(top + py + 0.5, y0, y1, ny);
            for (int px = 0; px < w; px++) {
                v[py][px] = bilinear(map.values(), gridPosition(left + px + 0.5, x0, x1, nx), fy);
            }
        }
        double middle = (range[0] + range[1]) / 2;
        BufferedImage pixels = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                boolean side = v[py][px] > middle;
                boolean edge = (px + 1 < w && side != v[py][px + 1] > middle)
                        || (py + 1 < h && side != v[py + 1][px] > middle)
                        || (px > 0 && side != v[py][px - 1] > middle)
                        || (py > 0 && side != v[py - 1][px] > middle);
                pixels.setRGB(px, py, (edge ? BOUNDARY : colorAt(v[py][px], range)).getRGB());
            }
        }
        g.drawImage(pixels, left, top, null);
    }

    /** Fractional grid index (0 … n−1) of a screen coordinate, given the screen positions of the first and last grid points. */
    private static double gridPosition(double screen, double first, double last, int n) {
        if (n == 1 || first == last) {
            return 0;
        }
        return Math.max(0, Math.min(n - 1, (screen - first) / (last - first) * (n - 1)));
    }

    /** values[i][j] interpolated at fractional row fy and column fx. */
    private static double bilinear(double[][] values, double fx, double fy) {
        int j = (int) Math.min(Math.floor(fx), values[0].length - 1);
        int i = (int) Math.min(Math.floor(fy), values.length - 1);
        int j1 = Math.min(j + 1, values[0].length - 1);
        int i1 = Math.min(i + 1, values.length - 1);
        double tx = fx - j;
        double ty = fy - i;
        double bottomRow = values[i][j] * (1 - tx) + values[i][j1] * tx;
        double topRow = values[i1][j] * (1 - tx) + values[i1][j1] * tx;
        return bottomRow * (1 - ty) + topRow * ty;
    }

    /** A white ring around each point keeps it visible on a background of its own colour. */
    private static void outlinePoints(Graphics2D g, XYChart chart, List<Figure.Series> points, List<Color> colors) {
        g.setStroke(new BasicStroke(2f));
        for (int k = 0; k < points.size(); k++) {
            Points p = Points.of(points.get(k).x(), points.get(k).y(), false);
            for (int i = 0; i < p.size(); i++) {
                int cx = (int) Math.round(chart.getScreenXFromChart(p.x()[i]));
                int cy = (int) Math.round(chart.getScreenYFromChart(p.y()[i]));
                int r = POINT_DIAMETER / 2;
                g.setColor(colors.get(k));
                g.fillOval(cx - r, cy - r, POINT_DIAMETER, POINT_DIAMETER);
                g.setColor(Color.WHITE);
                g.drawOval(cx - r, cy - r, POINT_DIAMETER, POINT_DIAMETER);
            }
        }
    }

    private static void paintColourBar(Graphics2D g, XYChart chart, int left, double[] yEdges, double[] range) {
        int top = (int) Math.round(chart.getScreenYFromChart(yEdges[yEdges.length - 1]));
        int bottom = (int) Math.round(chart.getScreenYFromChart(yEdges[0]));
        int x = left + 10;
        int barWidth = 18;
        for (int y = top; y <= bottom; y++) {
            double t = bottom == top ? 0 : (bottom - y) / (double) (bottom - top);
            g.setColor(colorAt(range[0] + t * (range[1] - range[0]), range));
            g.drawLine(x, y, x + barWidth, y);
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, top, barWidth, bottom - top);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(ChartStyle.TICKS);
        g.setColor(Color.DARK_GRAY);
        int ascent = g.getFontMetrics().getAscent();
        for (double t : new double[]{0, 0.5, 1}) {
            int y = (int) Math.round(bottom - t * (bottom - top));
            g.drawLine(x + barWidth, y, x + barWidth + 4, y);
            g.drawString(ChartStyle.tick(range[0] + t * (range[1] - range[0])), x + barWidth + 7, y + ascent / 2 - 1);
        }
    }

    /** Probabilities use the fixed scale 0–1, so two networks' maps compare at a glance; other values their own range. */
    static double[] valueRange(double[][] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max || (min >= 0 && max <= 1)) {
            return new double[]{0, 1};
        }
        return min == max ? new double[]{min - 1, max + 1} : new double[]{min, max};
    }

    /** Orange at the low end, near-white in the middle, blue at the high end. */
    static Color colorAt(double value, double[] range) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        double t = Math.max(0, Math.min(1, (value - range[0]) / (range[1] - range[0])));
        return t < 0.5 ? mix(LOW, MIDDLE, t * 2) : mix(MIDDLE, HIGH, (t - 0.5) * 2);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** Cell edges: halfway between neighbouring grid coordinates, half a step beyond the ends. */
    static double[] edges(double[] centres) {
        int n = centres.length;
        double[] e = new double[n + 1];
        if (n == 1) {
            e[0] = centres[0] - 0.5;
            e[1] = centres[0] + 0.5;
            return e;
        }
        for (int i = 1; i < n; i++) {
            e[i] = (centres[i - 1] + centres[i]) / 2;
        }
        e[0] = centres[0] - (e[1] - centres[0]);
        e[n] = centres[n - 1] + (centres[n - 1] - e[n - 1]);
        return e;
    }
}
