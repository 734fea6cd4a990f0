package org.activationlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;

/**
 * The nine hidden activations and identity keep colours that stay apart for every reader: CIELAB ΔE
 * (1976) between every pair, in normal vision and after simulating each kind of dichromacy with the
 * matrices of Machado, Oliveira &amp; Fernandes (2009, severity 1), applied in linear RGB.
 */
class PaletteTest {
    /** Least ΔE between two series colours; about 2.3 is just noticeable, 15 is an obvious difference. */
    private static final double MIN_DELTA_E = 15;

    private static final Map<String, double[][]> VISION = Map.of(
            "normal", new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][]{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][]{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][]{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}});

    @Test
    void hiddenActivationsStayDistinctForColourBlindReaders() {
        List<Activation> series = Activation.hiddenChoices();
        assertEquals(10, series.size(), "the nine and identity");
        for (var vision : VISION.entrySet()) {
            for (int i = 0; i < series.size(); i++) {
                for (int j = i + 1; j < series.size(); j++) {
                    double d = deltaE(vision.getValue(), Palette.colorOf(series.get(i).id()),
                            Palette.colorOf(series.get(j).id()));
                    assertTrue(d >= MIN_DELTA_E, series.get(i) + " and " + series.get(j) + " are only ΔE " + d
                            + " apart in " + vision.getKey() + " vision");
                }
            }
        }
    }

    @Test
    void everyActivationIsVisibleOnWhite() {
        for (Activation a : Activation.hiddenChoices()) {
            double lightness = lab(VISION.get("normal"), Palette.colorOf(a.id()))[0];
            assertTrue(lightness <= 75, a + " has lightness " + lightness + ": too pale for a line on white");
        }
    }

    @Test
    void namesFindTheirOwnActivationNotOneTheyContain() {
        // "elu" is inside "relu", "selu", "gelu" and "leakyrelu": each must still get its own colour.
        for (Activation a : Activation.hiddenChoices()) {
            assertEquals(Palette.colorOf(a.id()), Palette.colorOf(a.id() + " layer 2"), a.id());
            assertEquals(Palette.colorOf(a.id()), Palette.colorOf(a.id().toUpperCase() + " MLP"), a.id());
        }
        assertNotEquals(Palette.colorOf("elu"), Palette.colorOf("selu"));
        assertNotEquals(Palette.colorOf("elu"), Palette.colorOf("gelu"));
        assertEquals(Palette.colorOf("swish"), Palette.colorOf("silu"));
    }

    @Test
    void otherNamesNeverLookLikeAnActivation() {
        for (String name : List.of("layer 1", "layer 2", "layer 3", "train", "test", "normal rate", "high rate",
                "a", "b", "c", "d", "e", "f", "g", "h")) {
            for (Activation a : Activation.values()) {
                double d = deltaE(VISION.get("normal"), Palette.colorOf(name), Palette.colorOf(a.id()));
                assertTrue(d >= 20, "'" + name + "' is ΔE " + d + " from " + a);
            }
        }
    }

    private static double deltaE(double[][] vision, Color a, Color b) {
        double[] p = lab(vision, a);
        double[] q = lab(vision, b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    /** sRGB → linear RGB → (simulated vision) → XYZ (D65) → CIELAB. */
    private static double[] lab(double[][] vision, Color c) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                seen[i] += vision[i][k] * rgb[k];
            }
            seen[i] = Math.min(1, Math.max(0, seen[i]));
        }
        double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
        double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
        double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
        return new double[]{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }
}
