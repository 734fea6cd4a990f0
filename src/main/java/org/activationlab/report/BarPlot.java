package org.activationlab.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Table;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * Grouped bars: one bar per category and series (e.g. the dead-unit fraction per layer, one colour per
 * activation). Missing values leave a gap. When each series is a single bar of its own category (e.g.
 * one bar per activation), every bar stands over its own label, full width.
 */
final class BarPlot {
    /** Above this many characters of category labels in total, the labels are slanted so they do not overlap. */
    private static final int SLANT_LABELS_ABOVE = 70;

    private BarPlot() {
    }

    static BufferedImage draw(Figure figure, int width, int height) {
        CategoryChart chart = new CategoryChart(width, height);
        ChartStyle.apply(chart, figure);
        chart.getStyler().setAvailableSpaceFill(0.8);
        if (figure.logY()) {
            // XChart draws bars up from zero, which a log axis cannot show: mark each value with a dot.
            chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            chart.getStyler().setMarkerSize(12);
        }
        // Below the plot: a legend beside it would take the width that many bars need.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
        List<String> names = new ArrayList<>();
        int labelChars = 0;
        List<String> ownCategories = ownCategories(figure);
        // XChart labels the axis with the first series' categories: give every series all of them.
        chart.getStyler().setOverlapped(ownCategories != null);
        for (Figure.Series s : figure.series()) {
            List<String> categories = ownCategories != null ? ownCategories : categories(s);
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < categories.size(); i++) {
                int k = ownCategories != null ? (categories.get(i).equals(categories(s).get(0)) ? 0 : -1) : i;
                boolean ok = k >= 0 && k < s.y().length && ChartStyle.drawable(0, s.y()[k], figure.logY());
                // XChart leaves a gap for a null value.
                values.add(ok ? s.y()[k] : null);
                any |= ok;
            }
            if (!any) {
                continue;
            }
            CategorySeries bars = chart.addSeries(ChartStyle.unique(s.name(), names), categories, values);
            bars.setFillColor(Palette.colorOf(s.name()));
            bars.setMarkerColor(Palette.colorOf(s.name()));
            labelChars = Math.max(labelChars, categories.stream().mapToInt(String::length).sum());
        }
        if (names.isEmpty()) {
            return ChartStyle.noData(figure, width, height);
        }
        if (labelChars > SLANT_LABELS_ABOVE) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return ChartStyle.paint(chart, width, height);
    }

    /** Every series' one category, in order, when each series has exactly one and no two share it; else null. */
    private static List<String> ownCategories(Figure figure) {
        List<String> own = new ArrayList<>();
        for (Figure.Series s : figure.series()) {
            List<String> categories = categories(s);
            if (categories.size() != 1 || own.contains(categories.get(0))) {
                return null;
            }
            own.add(categories.get(0));
        }
        return own.size() > 1 ? own : null;
    }

    /** The series' category labels, or its x positions written as numbers. */
    private static List<String> categories(Figure.Series s) {
        if (s.categories() != null) {
            return s.categories();
        }
        List<String> labels = new ArrayList<>();
        for (double x : s.x()) {
            labels.add(x == Math.rint(x) && Math.abs(x) < 1e9 ? String.valueOf((long) x) : Table.format(x));
        }
        return labels;
    }
}
