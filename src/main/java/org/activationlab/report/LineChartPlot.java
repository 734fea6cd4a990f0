package org.activationlab.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Lines, each with an optional shaded band (e.g. the mean loss over seeds with mean ± std around it).
 *
 * <p>The band is drawn as a translucent polygon — along {@code high} forwards, back along {@code low} —
 * in the line's colour, under every line, and is left out of the legend.
 */
final class LineChartPlot {
    /** Lines with at most this many points also mark each point. */
    private static final int MARK_POINTS_UP_TO = 15;
    private static final int BAND_ALPHA = 48;

    private LineChartPlot() {
    }

    static BufferedImage draw(Figure figure, int width, int height) {
        XYChart chart = new XYChart(width, height);
        ChartStyle.applyXY(chart, figure);
        List<String> names = new ArrayList<>();
        List<SeriesLook> looks = SeriesLook.of(figure.series());
        for (int i = 0; i < figure.series().size(); i++) {
            addBand(chart, figure.series().get(i), looks.get(i).color(), figure.logY(), names);
        }
        int lines = 0;
        for (int i = 0; i < figure.series().size(); i++) {
            Figure.Series s = figure.series().get(i);
            Points p = Points.of(s.x(), s.y(), figure.logY());
            if (p.isEmpty()) {
                continue;
            }
            Color color = looks.get(i).color();
            int variant = looks.get(i).variant();
            XYSeries line = chart.addSeries(ChartStyle.unique(s.name(), names), p.x(), p.y());
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            line.setLineColor(color);
            line.setLineStyle(ChartStyle.Variants.stroke(variant));
            line.setMarkerColor(color);
            line.setMarker(p.size() <= MARK_POINTS_UP_TO ? ChartStyle.Variants.marker(variant) : SeriesMarkers.NONE);
            lines++;
        }
        return lines == 0 ? ChartStyle.noData(figure, width, height) : ChartStyle.paint(chart, width, height);
    }

    private static void addBand(XYChart chart, Figure.Series s, Color color, boolean logY, List<String> names) {
        if (s.low() == null || s.high() == null) {
            return;
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < s.x().length; i++) {
            if (ChartStyle.drawable(s.x()[i], s.high()[i], logY)) {
                xs.add(s.x()[i]);
                ys.add(s.high()[i]);
            }
        }
        for (int i = s.x().length - 1; i >= 0; i--) {
            if (ChartStyle.drawable(s.x()[i], s.low()[i], logY)) {
                xs.add(s.x()[i]);
                ys.add(s.low()[i]);
            }
        }
        if (xs.size() < 3) {
            return;
        }
        Color fill = Palette.translucent(color, BAND_ALPHA);
        XYSeries band = chart.addSeries(ChartStyle.unique(s.name() + " band", names), xs, ys);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(fill);
        band.setLineColor(fill);
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
    }
}
