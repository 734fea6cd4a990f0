package org.activationlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.Figure;
import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;

class FigureRendererTest {

    static Figure bars(String title, String... seriesNames) {
        List<Figure.Series> series = java.util.Arrays.stream(seriesNames).map(name -> new Figure.Series(name,
                new double[]{0, 1}, new double[]{0.6, 0.9}, null, null, List.of("layer 1", "layer 2"))).toList();
        return new Figure("bars", title, Figure.Kind.BAR, "layer", "fraction", false, series, null, List.of(Claim.C14));
    }

    /** Pixels of exactly this colour: bar interiors are filled with the series colour, unblended. */
    static long pixelsOf(BufferedImage image, Color color) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    }

    /** One "tanh" bar at 0.80 over "a" and one at 0.90 over "b", with ± {@code error} intervals when it is > 0. */
    static Figure accuracies(double error) {
        double[] y = {0.80, 0.90};
        Figure.Series bars = error > 0
                ? new Figure.Series("tanh", new double[]{0, 1}, y, new double[]{y[0] - error, y[1] - error},
                new double[]{y[0] + error, y[1] + error}, List.of("a", "b"))
                : new Figure.Series("tanh", new double[]{0, 1}, y, null, null, List.of("a", "b"));
        return new Figure("acc", "Accuracy", Figure.Kind.BAR, "model", "accuracy", false, List.of(bars), null, List.of());
    }

    /** Pixels of {@code color} in the left and in the right half of the image. */
    static long[] halves(BufferedImage image, Color color) {
        BufferedImage left = image.getSubimage(0, 0, image.getWidth() / 2, image.getHeight());
        BufferedImage right = image.getSubimage(image.getWidth() / 2, 0, image.getWidth() / 2, image.getHeight());
        return new long[]{pixelsOf(left, color), pixelsOf(right, color)};
    }

    @Test
    void fittedBarsShowAccuracyDifferencesThatBarsFromZeroFlatten() {
        Color tanh = Palette.colorOf("tanh");
        long[] fromZero = halves(FigureRenderer.render(accuracies(0)), tanh);
        long[] fitted = halves(FigureRenderer.render(accuracies(0).fittedY()), tanh);
        // From 0 the bars' areas are in the ratio 0.8 : 0.9; fitted, the lower one is a small fraction of the other.
        assertEquals(0.8 / 0.9, (double) fromZero[0] / fromZero[1], 0.05, "from zero: " + fromZero[0] + " vs " + fromZero[1]);
        assertTrue(fitted[0] < 0.5 * fitted[1], "fitted: " + fitted[0] + " vs " + fitted[1]);
    }

    @Test
    void barsWithIntervalsDrawErrorBars() {
        Color whisker = Color.DARK_GRAY;
        long without = pixelsOf(FigureRenderer.render(accuracies(0).fittedY()), whisker);
        long with = pixelsOf(FigureRenderer.render(accuracies(0.03).fittedY()), whisker);
        assertTrue(with > without + 40, "error-bar pixels: " + with + " with intervals, " + without + " without");
    }

    @Test
    void oneBarPerActivationWithIntervalsKeepsEachColour() {
        // The compare experiment's final-metric chart: one series per activation, each its own bar and CI.
        List<Figure.Series> series = List.of(
                new Figure.Series("sigmoid", new double[]{0}, new double[]{0.6}, new double[]{0.5}, new double[]{0.7},
                        List.of("sigmoid")),
                new Figure.Series("relu", new double[]{1}, new double[]{0.9}, new double[]{0.85}, new double[]{0.95},
                        List.of("relu")));
        Figure figure = new Figure("final", "Final accuracy", Figure.Kind.BAR, "activation", "accuracy", false, series,
                null, List.of());
        BufferedImage image = FigureRenderer.render(figure);
        assertTrue(pixelsOf(image, Palette.colorOf("sigmoid")) > 2000, "sigmoid bar");
        assertTrue(pixelsOf(image, Palette.colorOf("relu")) > 2000, "relu bar");
        assertTrue(pixelsOf(image, Color.DARK_GRAY) > 40, "error bars");
    }

    @Test
    void aSeriesNameHasTheSameColourInEveryChart() {
        // "relu" is the second series in one chart and the first in the other: position must not matter.
        BufferedImage a = FigureRenderer.render(bars("A", "tanh", "relu"));
        BufferedImage b = FigureRenderer.render(bars("B", "relu", "sigmoid"));
        Color relu = Palette.colorOf("relu");
        assertTrue(pixelsOf(a, relu) > 2000, "relu bars in chart A: " + pixelsOf(a, relu));
        assertTrue(pixelsOf(b, relu) > 2000, "relu bars in chart B: " + pixelsOf(b, relu));
        assertTrue(pixelsOf(a, Palette.colorOf("tanh")) > 2000);
        assertEquals(0, pixelsOf(b, Palette.colorOf("tanh")), "no tanh in chart B");
    }

    @Test
    void activationsHaveDistinctColoursAndNamesMentioningThemShareThem() {
        Set<Color> colours = Activation.hiddenChoices().stream().map(a -> Palette.colorOf(a.id())).collect(Collectors.toSet());
        assertEquals(Activation.hiddenChoices().size(), colours.size());
        assertEquals(Palette.colorOf("tanh"), Palette.colorOf("tanh MLP"));
        assertEquals(Palette.colorOf("leakyrelu"), Palette.colorOf("Leaky-ReLU layer 2"));
        assertNotEquals(Palette.colorOf("relu"), Palette.colorOf("leakyrelu"));
        // Other names: a colour kept apart from the activations', the same however the name is spelt.
        assertEquals(Palette.colorOf("layer 3"), Palette.colorOf("Layer-3"));
        assertFalse(colours.contains(Palette.colorOf("layer 3")), "an unnamed series must not look like an activation");
    }

    @Test
    void heatmapPutsLowValuesWhereTheGridSaysAndHighOnesOpposite() {
        // value = x: low (orange) on the left, high (blue) on the right.
        double[] axis = {0, 0.25, 0.5, 0.75, 1};
        double[][] byX = new double[5][5];
        double[][] byY = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                byX[i][j] = axis[j];
                byY[i][j] = axis[i];
            }
        }
        BufferedImage horizontal = FigureRenderer.render(heatmap(axis, byX));
        int row = horizontal.getHeight() / 2;
        assertTrue(nearest(horizontal, row, true, DecisionBoundaryPlot.LOW) < nearest(horizontal, row, true, DecisionBoundaryPlot.HIGH),
                "orange left of blue");
        // value = y: ys ascend upwards, so high (blue) is near the top of the image.
        BufferedImage vertical = FigureRenderer.render(heatmap(axis, byY));
        int column = vertical.getWidth() / 3;
        assertTrue(nearest(vertical, column, false, DecisionBoundaryPlot.HIGH) < nearest(vertical, column, false, DecisionBoundaryPlot.LOW),
                "blue above orange");
    }

    private static Figure heatmap(double[] axis, double[][] values) {
        return new Figure("grid", "grid", Figure.Kind.HEATMAP, "x1", "x2", false, List.of(),
                new Figure.Heatmap(axis, axis, values, List.of()), List.of());
    }

    /** Position along a row (or column) of the pixel closest in colour to {@code target}. */
    private static int nearest(BufferedImage image, int line, boolean alongRow, Color target) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        int length = alongRow ? image.getWidth() : image.getHeight();
        for (int k = 0; k < length; k++) {
            Color c = new Color(alongRow ? image.getRGB(k, line) : image.getRGB(line, k));
            double d = Math.pow(c.getRed() - target.getRed(), 2) + Math.pow(c.getGreen() - target.getGreen(), 2)
                    + Math.pow(c.getBlue() - target.getBlue(), 2);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        assertTrue(bestDistance < 30 * 30, "colour " + target + " drawn at all (distance² " + bestDistance + ")");
        return best;
    }

    @Test
    void unusableDataGivesAPlaceholderNotAnError() {
        Figure nothing = new Figure("nan", "Diverged", Figure.Kind.LINE, "epoch", "loss", true, List.of(
                new Figure.Series("relu", new double[]{0, 1}, new double[]{Double.NaN, 0})), null, List.of());
        BufferedImage image = FigureRenderer.render(nothing);
        assertEquals(FigureRenderer.WIDTH, image.getWidth());
        // A log axis drops zeros and NaN but draws the rest.
        Figure partly = new Figure("loss", "Loss", Figure.Kind.LINE, "epoch", "loss", true, List.of(
                new Figure.Series("relu", new double[]{0, 1, 2, 3}, new double[]{1, 0.1, 0, Double.NaN})), null, List.of());
        assertTrue(pixelsNear(FigureRenderer.render(partly), Palette.colorOf("relu")) > 100);
        assertEquals(0, pixelsNear(image, Palette.colorOf("relu")));
    }

    private static long pixelsNear(BufferedImage image, Color color) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                n += Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) < 20 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void logarithmicBarsBecomeDotsInTheSeriesColour() {
        // XChart cannot draw bars up from zero on a log axis; the values must still show.
        Figure log = new Figure("norms", "Gradient norm per layer", Figure.Kind.BAR, "layer", "norm", true, List.of(
                new Figure.Series("sigmoid", new double[]{0, 1}, new double[]{1e-6, 0.3}, null, null,
                        List.of("layer 1", "layer 2"))), null, List.of());
        assertTrue(pixelsOf(FigureRenderer.render(log), Palette.colorOf("sigmoid")) > 100);
    }

    @Test
    void aHeatmapWhoseValuesDoNotMatchItsAxesIsRejectedClearly() {
        Figure bad = new Figure("grid", "grid", Figure.Kind.HEATMAP, "x1", "x2", false, List.of(),
                new Figure.Heatmap(new double[]{0, 1, 2}, new double[]{0, 1}, new double[][]{{0, 1}, {1, 0}}, List.of()),
                List.of());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FigureRenderer.render(bad));
        assertTrue(e.getMessage().contains("expected values[ys.length = 2][xs.length = 3], received 2 rows of lengths [2]"),
                e.getMessage());
    }

    @Test
    void rendersHeadless() {
        FigureRenderer.render(bars("C", "relu"));
        assertEquals("true", System.getProperty("java.awt.headless"));
    }
}
