package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAlignAndNoLineEndsInBlanks() {
        String text = Table.of(List.of("claim", "evidence"))
                .withRow("C5", "short")
                .withRow("C11", "a much longer evidence sentence")
                .withRow("C2", 0.5)
                .render();
        List<String> lines = text.lines().toList();
        assertEquals(List.of(
                "claim  evidence",
                "-----  -------------------------------",
                "C5     short",
                "C11    a much longer evidence sentence",
                "C2     0.500"), lines);
    }

    @Test
    void numbersAreFormattedForReading() {
        assertEquals("–", Table.format(Double.NaN));
        assertEquals("0.123", Table.format(0.12345));
        assertEquals("1.23e-05", Table.format(0.0000123));
        assertEquals("7", Table.format(7));
    }
}
