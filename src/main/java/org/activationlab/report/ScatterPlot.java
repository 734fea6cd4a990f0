package org.activationlab.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/** Point clouds, one colour per series (e.g. a learned hidden representation coloured by class). */
final class ScatterPlot {
    private static final int MARKER_SIZE = 8;

    private ScatterPlot() {
    }

    static BufferedImage draw(Figure figure, int width, int height) {
        XYChart chart = new XYChart(width, height);
        ChartStyle.applyXY(chart, figure);
        chart.getStyler().setMarkerSize(MARKER_SIZE);
        List<String> names = new ArrayList<>();
        List<SeriesLook> looks = SeriesLook.of(figure.series());
        for (int i = 0; i < figure.series().size(); i++) {
            Figure.Series s = figure.series().get(i);
            Points p = Points.of(s.x(), s.y(), figure.logY());
            if (p.isEmpty()) {
                continue;
            }
            Color color = looks.get(i).color();
            XYSeries points = chart.addSeries(ChartStyle.unique(s.name(), names), p.x(), p.y());
            points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            points.setMarkerColor(Palette.translucent(color, 200));
            points.setMarker(ChartStyle.Variants.marker(looks.get(i).variant()));
        }
        return names.isEmpty() ? ChartStyle.noData(figure, width, height) : ChartStyle.paint(chart, width, height);
    }
}
