package org.activationlab.report;

import java.awt.Color;
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
        chart.getStyler().setErrorBarsColorSeriesColor(false).setErrorBarsColor(Color.DARK_GRAY);
        List<SeriesLook> looks = SeriesLook.of(figure.series());
        ValueRange range = ValueRange.of(figure, ownCategories != null);
        boolean fitted = figure.yRange() == Figure.YRange.FITTED && !figure.logY() && range.fits();
        // XChart's error bars cannot skip a value: a missing one becomes a bar of no height at the axis' foot.
        Double missingWithErrors = fitted ? range.paddedMin() : 0.0;
        for (int n = 0; n < figure.series().size(); n++) {
            Figure.Series s = figure.series().get(n);
            List<String> categories = ownCategories != null ? ownCategories : categories(s);
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < categories.size(); i++) {
                int k = ownCategories != null ? (categories.get(i).equals(categories(s).get(0)) ? 0 : -1) : i;
                boolean ok = k >= 0 && k < s.y().length && ChartStyle.drawable(0, s.y()[k], figure.logY());
                // XChart leaves a gap for a null value.
                values.add(ok ? Double.valueOf(s.y()[k]) : withErrors(s, figure) ? missingWithErrors : null);
                errors.add(ok ? halfWidth(s, k) : 0);
                any |= ok;
            }
            if (!any) {
                continue;
            }
            String name = ChartStyle.unique(s.name(), names);
            CategorySeries bars = withErrors(s, figure) ? chart.addSeries(name, categories, values, errors)
                    : chart.addSeries(name, categories, values);
            Color color = looks.get(n).barColor();
            bars.setFillColor(color);
            bars.setMarkerColor(color);
            labelChars = Math.max(labelChars, categories.stream().mapToInt(String::length).sum());
        }
        // One bar per series over its own label, or a single series: the legend would repeat the axis.
        chart.getStyler().setLegendVisible(ownCategories == null && names.size() > 1);
        if (names.isEmpty()) {
            return ChartStyle.noData(figure, width, height);
        }
        if (fitted) {
            chart.getStyler().setYAxisMin(range.paddedMin()).setYAxisMax(range.paddedMax());
            if (range.paddedMin() != 0) {
                chart.setYAxisTitle(figure.yLabel() + " (axis from " + ChartStyle.tick(range.paddedMin()) + ")");
            }
        }
        if (labelChars > SLANT_LABELS_ABOVE) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return ChartStyle.paint(chart, width, height);
    }

    private static boolean hasIntervals(Figure.Series s) {
        return s.low() != null && s.high() != null;
    }

    /** Error bars on a linear axis only: a log axis shows dots, and its foot is no value to fill a gap with. */
    private static boolean withErrors(Figure.Series s, Figure figure) {
        return hasIntervals(s) && !figure.logY();
    }

    /**
     * Half the width of bar {@code k}'s interval, or 0 without one. XChart draws error bars symmetric, so an
     * uneven interval is drawn with its wider side (never narrower than measured).
     */
    private static double halfWidth(Figure.Series s, int k) {
        if (!hasIntervals(s) || k >= s.low().length || k >= s.high().length) {
            return 0;
        }
        double half = Math.max(s.y()[k] - s.low()[k], s.high()[k] - s.y()[k]);
        return Double.isFinite(half) && half > 0 ? half : 0;
    }

    /** The smallest and largest bar end (interval included), and the axis range fitted around them. */
    private static final class ValueRange {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        /** Over every drawable value of the figure, ± its interval's half-width. */
        static ValueRange of(Figure figure, boolean oneBarPerSeries) {
            ValueRange range = new ValueRange();
            for (Figure.Series s : figure.series()) {
                int bars = oneBarPerSeries ? Math.min(1, s.y().length) : Math.min(s.y().length, categories(s).size());
                for (int k = 0; k < bars; k++) {
                    if (ChartStyle.drawable(0, s.y()[k], figure.logY())) {
                        range.add(s.y()[k] - halfWidth(s, k));
                        range.add(s.y()[k] + halfWidth(s, k));
                    }
                }
            }
            return range;
        }

        void add(double v) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }

        boolean fits() {
            return min <= max;
        }

        /**
         * A tenth of the spread (at least 0.01) below the lowest end, rounded down to a round number; 0 when
         * every value is ≥ 0 and that would still leave a third of the tallest bar's height (nothing to gain).
         */
        double paddedMin() {
            double step = Math.pow(10, Math.ceil(Math.log10(pad())));
            double padded = Math.floor((min - pad()) / step) * step;
            return min >= 0 && padded < max / 3 ? 0 : padded;
        }

        double paddedMax() {
            return max + pad();
        }

        private double pad() {
            return Math.max(0.01, (max - min) / 10);
        }
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
