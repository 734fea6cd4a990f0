package org.activationlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.inside.OverfittingExperiment.CurvePoint;
import org.activationlab.experiment.inside.OverfittingExperiment.Remedy;
import org.activationlab.experiment.inside.OverfittingExperiment.Run;
import org.activationlab.experiment.inside.OverfittingResult;
import org.activationlab.experiment.inside.SetupSummary;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Setup;
import org.activationlab.experiment.inside.VanishingRemediesResult;
import org.activationlab.network.Activation;
import org.activationlab.network.WeightInitChoice;
import org.junit.jupiter.api.Test;

/** Every series of a chart can be told apart, and a remedy's train/test pair reads as one remedy. */
class SeriesLookTest {

    /** Overfitting findings with made-up numbers: three epochs and two seeds per remedy. */
    static OverfittingResult overfitting() {
        List<Run> runs = new ArrayList<>();
        List<CurvePoint> curves = new ArrayList<>();
        for (Remedy remedy : Remedy.values()) {
            for (long seed = 1; seed <= 2; seed++) {
                runs.add(new Run(remedy.id(), seed, 3, 3, 0.99, 0.85, 0.8 + 0.01 * seed, 0.19, 0.83, 2));
                for (int epoch = 1; epoch <= 3; epoch++) {
                    curves.add(new CurvePoint(remedy.id(), seed, epoch, 1.0 / epoch, 0.7 + 0.1 * epoch, 0.5, 0.8,
                            0.6, 0.75 + 0.02 * epoch));
                }
            }
        }
        return new OverfittingResult(List.of(), List.of(), runs, curves, Map.of());
    }

    /** Vanishing-remedies findings for two activations, each with every init and with and without batch norm. */
    static VanishingRemediesResult vanishingRemedies() {
        List<SetupSummary> rows = new ArrayList<>();
        List<org.activationlab.experiment.inside.VanishingRemediesExperiment.Run> runs = new ArrayList<>();
        int layers = 4;
        for (Activation a : List.of(Activation.SIGMOID, Activation.RELU)) {
            for (WeightInitChoice init : List.of(WeightInitChoice.NAIVE_NORMAL, WeightInitChoice.XAVIER, WeightInitChoice.HE)) {
                for (boolean batchNorm : new boolean[]{false, true}) {
                    Setup setup = new Setup(a, init, batchNorm);
                    double accuracy = 0.8 + 0.01 * rows.size();
                    rows.add(new SetupSummary(setup, 1, 0, 0, 1e-3, 1e-2, 0.5, 0.1, accuracy, 0.01, 1, 3));
                    double[] profile = IntStream.range(0, layers).mapToDouble(i -> Math.pow(10, i - 3)).toArray();
                    runs.add(new org.activationlab.experiment.inside.VanishingRemediesExperiment.Run(setup, 1, profile,
                            profile, new double[]{1e-3, 1e-2, 1e-1}, new double[]{0.5, 0.4, 0.3, 0.1}, accuracy, 2,
                            false));
                }
            }
        }
        return new VanishingRemediesResult(List.of(), rows, runs, List.of(), Map.of(), layers);
    }

    static List<Figure> charts() {
        List<Figure> all = new ArrayList<>(overfitting().figures());
        all.addAll(vanishingRemedies().figures());
        return all;
    }

    @Test
    void aRemedysTrainAndTestLinesShareItsColourSolidThenDashed() {
        Figure curves = overfitting().figures().stream().filter(f -> f.id().equals("train-test-curves")).findFirst()
                .orElseThrow();
        List<SeriesLook> looks = SeriesLook.of(curves.series());
        assertEquals(6, looks.size(), "train and test of none, l2 and dropout");
        Set<Color> remedyColours = new HashSet<>();
        for (int i = 0; i < looks.size(); i += 2) {
            String train = curves.series().get(i).name();
            String test = curves.series().get(i + 1).name();
            assertTrue(train.endsWith(" train") && test.endsWith(" test"), train + " / " + test);
            assertEquals(looks.get(i).color(), looks.get(i + 1).color(), train + " and " + test + " share a colour");
            assertEquals(0, looks.get(i).variant(), train + " is solid");
            assertEquals(1, looks.get(i + 1).variant(), test + " is dashed");
            remedyColours.add(looks.get(i).color());
        }
        assertEquals(looks.size() / 2, remedyColours.size(), "one colour per remedy");
        assertTrue(curves.title().contains("solid: train") && curves.title().contains("dashed: test"), curves.title());
    }

    @Test
    void noTwoSeriesOfOneChartLookAlike() {
        for (Figure figure : charts()) {
            List<SeriesLook> looks = SeriesLook.of(figure.series());
            Set<SeriesLook> lines = new HashSet<>(looks);
            Set<Color> bars = new HashSet<>(looks.stream().map(SeriesLook::barColor).toList());
            assertEquals(looks.size(), figure.kind() == Figure.Kind.BAR ? bars.size() : lines.size(),
                    figure.id() + ": " + figure.series().stream().map(Figure.Series::name).toList() + " → " + looks);
        }
    }

    @Test
    void namesThatCollideInThePaletteGetDifferentColours() {
        List<String> names = List.of("xavier", "he, batch norm", "he", "xavier, batch norm", "naive_normal",
                "naive_normal, batch norm", "first hidden layer", "last hidden layer");
        List<SeriesLook> looks = SeriesLook.of(names.stream().map(n -> new Figure.Series(n, new double[1],
                new double[1])).toList());
        assertEquals(names.size(), looks.stream().map(SeriesLook::color).distinct().count(), looks.toString());
        // Until the list of colours runs out, the first of a chart keeps its usual colour.
        assertEquals(Palette.colorOf("xavier"), looks.get(0).color());
    }

    @Test
    void anActivationKeepsItsColourHoweverCrowdedTheChart() {
        List<Figure.Series> series = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            series.add(new Figure.Series("setup " + i, new double[1], new double[1]));
        }
        series.add(new Figure.Series("relu", new double[1], new double[1]));
        series.add(new Figure.Series("relu, he", new double[1], new double[1]));
        List<SeriesLook> looks = SeriesLook.of(series);
        assertEquals(Palette.colorOf("relu"), looks.get(12).color());
        assertEquals(Palette.colorOf("relu"), looks.get(13).color());
        assertNotEquals(looks.get(12).variant(), looks.get(13).variant(), "told apart by dash");
        assertEquals(series.size(), new HashSet<>(looks).size(), "more names than colours: dashes tell them apart");
    }

    @Test
    void everyTitleFitsItsChart() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        FontMetrics metrics = g.getFontMetrics(ChartStyle.TITLE);
        for (Figure figure : charts()) {
            // XChart centres the title over the plot, which a legend beside it (lines) narrows to about 2/3 of
            // the width; bars have their legend below.
            int width = metrics.stringWidth(figure.title());
            int room = figure.kind() == Figure.Kind.BAR ? FigureRenderer.WIDTH * 17 / 20 : FigureRenderer.WIDTH * 2 / 3;
            assertTrue(width < room, figure.id() + ": \"" + figure.title() + "\" is " + width
                    + " px wide");
            // The y title runs along the plot's height, which the title, x axis and labels shorten.
            int height = g.getFontMetrics(ChartStyle.AXIS_TITLE).stringWidth(ChartStyle.yTitle(figure));
            assertTrue(height < FigureRenderer.HEIGHT * 2 / 3, figure.id() + ": y title \"" + ChartStyle.yTitle(figure)
                    + "\" is " + height + " px long");
        }
        g.dispose();
    }
}
