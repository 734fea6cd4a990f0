package org.activationlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void confidenceIntervalMatchesHandComputation() {
        // mean 3, s = √2.5 = 1.581139, t(0.975, 4) = 2.776445, half width = 2.776445·1.581139/√5 = 1.963243.
        Summary s = Summary.of(5, 1, 4, 2, 3);
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(1.581139, s.std(), 1e-6);
        assertEquals(3.0, s.median(), 1e-12);
        assertEquals(1.036757, s.ciLow(), 1e-6);
        assertEquals(4.963243, s.ciHigh(), 1e-6);
        assertEquals(1.0, s.min());
        assertEquals(5.0, s.max());
    }

    @Test
    void evenCountMedianAndSingleValue() {
        assertEquals(2.5, Summary.of(4, 1, 3, 2).median(), 1e-12);
        Summary one = Summary.of(0.7);
        assertEquals(0.0, one.std());
        assertEquals(0.7, one.ciLow(), 1e-12);
        assertTrue(Double.isNaN(Summary.of().mean()));
    }
}
