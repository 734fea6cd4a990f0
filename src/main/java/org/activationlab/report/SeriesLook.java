package org.activationlab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.experiment.Figure;

/**
 * How one series of a chart is drawn: its colour and its variant (the dash of a line, the marker of points).
 *
 * <p>Every series of a chart gets a look no other series of that chart has. An activation keeps its own
 * colour in every chart ({@link Palette}); another colour key keeps its stable colour unless a different key
 * of the same chart already took it, and then takes the next free one. Series of one colour key (a remedy's
 * "train" and "test" line) share the colour and differ by variant, in the order given: solid, then dashed.
 *
 * @param color   line, bar or marker colour
 * @param variant 0 for the first series of this colour in the chart, 1 for the second, …
 */
record SeriesLook(Color color, int variant) {

    /**
     * The fill of a bar, which has no dash: the colour itself for the first series of this colour, then
     * darker and lighter shades of it.
     */
    Color barColor() {
        Color c = color;
        for (int i = 0; i < variant; i++) {
            c = i % 2 == 0 ? c.darker() : c.brighter().brighter();
        }
        return c;
    }

    /** The looks of {@code series}, in order. */
    static List<SeriesLook> of(List<Figure.Series> series) {
        Map<String, Color> byKey = new HashMap<>();
        Map<Color, Integer> uses = new HashMap<>();
        List<SeriesLook> looks = new ArrayList<>();
        for (Figure.Series s : series) {
            String key = Palette.key(s.colorKey());
            Color color = byKey.computeIfAbsent(key, k -> Palette.colorOf(k, byKey.values()));
            looks.add(new SeriesLook(color, uses.merge(color, 1, Integer::sum) - 1));
        }
        return looks;
    }
}
