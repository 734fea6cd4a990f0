package org.activationlab.report;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One colour per series name, the same in every chart: "relu" is green in the loss curves, the
 * gradient plot and the dead-unit bars alike.
 *
 * <p>Names that mention an activation ("relu", "tanh MLP", "leaky-relu layer 2") take that
 * activation's colour; other names get a colour from a fixed list chosen by a stable hash of the
 * name, so they too keep their colour from chart to chart. The article's four keep the Okabe–Ito
 * colours they always had; the five modern activations, identity and softmax take colours chosen so
 * that every pair of the nine hidden activations and identity stays at least 15 CIELAB ΔE apart in
 * normal vision and in simulated protanopia, deuteranopia and tritanopia (PaletteTest measures it).
 */
public final class Palette {
    /**
     * Named colours, checked in this order: a key that another contains comes after it ("leakyrelu"
     * before "relu", and "relu", "selu", "gelu" before "elu").
     */
    private static final List<Named> NAMED = List.of(
            new Named("leakyrelu", new Color(0xCC, 0x79, 0xA7)),   // reddish purple
            new Named("relu", new Color(0x00, 0x9E, 0x73)),        // bluish green
            new Named("sigmoid", new Color(0xE6, 0x9F, 0x00)),     // orange
            new Named("tanh", new Color(0x00, 0x72, 0xB2)),        // blue
            new Named("selu", new Color(0x33, 0x22, 0x88)),        // indigo
            new Named("gelu", new Color(0xB2, 0x18, 0x2B)),        // crimson
            new Named("elu", new Color(0x33, 0xBB, 0xEE)),         // cyan
            new Named("swish", new Color(0x99, 0x77, 0x00)),       // ochre
            new Named("silu", new Color(0x99, 0x77, 0x00)),
            new Named("softplus", new Color(0x5C, 0x0A, 0x00)),    // dark brown
            new Named("softmax", new Color(0x76, 0x2A, 0x83)),     // purple
            new Named("identity", new Color(0x55, 0x55, 0x55)),    // grey: no non-linearity
            new Named("linear", new Color(0x55, 0x55, 0x55)),
            new Named("perceptron", new Color(0x22, 0x22, 0x22))); // near black

    /** Colours for every other name; each at least 20 ΔE from every activation colour. */
    private static final List<Color> OTHERS = List.of(
            new Color(0x66, 0xA6, 0x1E), new Color(0xF4, 0xA5, 0x82), new Color(0xE7, 0x29, 0x8A),
            new Color(0xD5, 0x5E, 0x00), new Color(0xBC, 0xBD, 0x22), new Color(0xB2, 0xAB, 0xD2),
            new Color(0x80, 0xCD, 0xC1), new Color(0x8C, 0x56, 0x4B));

    private record Named(String key, Color color) {
    }

    private Palette() {
    }

    /** The colour of series {@code name}, the same on every call and in every chart. */
    public static Color colorOf(String name) {
        return colorOf(name, List.of());
    }

    /**
     * The colour of {@code name} in a chart whose other series already took {@code taken}: an activation's
     * own colour always; for another name its stable colour if free, else the next free one of the list (its
     * stable colour when every one is taken, to be told apart by dash or marker).
     */
    static Color colorOf(String name, Collection<Color> taken) {
        String key = key(name);
        for (Named n : NAMED) {
            if (key.contains(n.key())) {
                return n.color();
            }
        }
        // String.hashCode is specified by the JLS, so this is stable across runs and JVMs.
        int start = Math.floorMod(key.hashCode(), OTHERS.size());
        for (int i = 0; i < OTHERS.size(); i++) {
            Color candidate = OTHERS.get((start + i) % OTHERS.size());
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        return OTHERS.get(start);
    }

    /** The name as the palette reads it: lower case, letters and digits only ("Leaky-ReLU" → "leakyrelu"). */
    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** {@code c} with the given opacity (0–255), e.g. for a shaded band behind its line. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
