package org.activationlab.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * One colour per series name, the same in every chart: "relu" is green in the loss curves, the
 * gradient plot and the dead-unit bars alike.
 *
 * <p>Names that mention an activation ("relu", "tanh MLP", "leaky-relu layer 2") take that
 * activation's colour; other names get a colour from a fixed list chosen by a stable hash of the
 * name, so they too keep their colour from chart to chart. The activation colours come from the
 * Okabe–Ito palette, which stays distinguishable for colour-blind readers.
 */
public final class Palette {
    /** Named colours, checked in this order ("leakyrelu" before "relu", since it contains it). */
    private static final List<Named> NAMED = List.of(
            new Named("leakyrelu", new Color(0xCC, 0x79, 0xA7)),   // reddish purple
            new Named("relu", new Color(0x00, 0x9E, 0x73)),        // bluish green
            new Named("sigmoid", new Color(0xE6, 0x9F, 0x00)),     // orange
            new Named("tanh", new Color(0x00, 0x72, 0xB2)),        // blue
            new Named("softmax", new Color(0xD5, 0x5E, 0x00)),     // vermilion
            new Named("identity", new Color(0x6E, 0x6E, 0x6E)),    // grey: no non-linearity
            new Named("linear", new Color(0x6E, 0x6E, 0x6E)),
            new Named("perceptron", new Color(0x22, 0x22, 0x22))); // near black

    /** Colours for every other name; none repeats an activation colour. */
    private static final List<Color> OTHERS = List.of(
            new Color(0x56, 0xB4, 0xE9), new Color(0x8C, 0x56, 0x4B), new Color(0x94, 0x67, 0xBD),
            new Color(0x17, 0xBE, 0xCF), new Color(0xBC, 0xBD, 0x22), new Color(0xA6, 0x1C, 0x3C),
            new Color(0x1B, 0x4F, 0x72), new Color(0x7F, 0x3C, 0x8D));

    private record Named(String key, Color color) {
    }

    private Palette() {
    }

    /** The colour of series {@code name}, the same on every call and in every chart. */
    public static Color colorOf(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (Named n : NAMED) {
            if (key.contains(n.key())) {
                return n.color();
            }
        }
        // String.hashCode is specified by the JLS, so this is stable across runs and JVMs.
        return OTHERS.get(Math.floorMod(key.hashCode(), OTHERS.size()));
    }

    /** {@code c} with the given opacity (0–255), e.g. for a shaded band behind its line. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
