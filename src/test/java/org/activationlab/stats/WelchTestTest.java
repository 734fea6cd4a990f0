package org.activationlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WelchTestTest {

    @Test
    void matchesHandComputedValues() {
        // a: mean 3, s² 2.5; b: mean 6, s² 10.  se² = 2.5/5 + 10/5 = 2.5, t = −3/√2.5 = −1.897367,
        // df = 2.5² / (0.5²/4 + 2²/4) = 6.25/1.0625 = 5.882353; p from t(5.882) two-sided = 0.107531
        // (also scipy.stats.ttest_ind(a, b, equal_var=False)).
        WelchTest w = WelchTest.of(new double[]{1, 2, 3, 4, 5}, new double[]{2, 4, 6, 8, 10});
        assertEquals(5, w.nA());
        assertEquals(3.0, w.meanA(), 1e-12);
        assertEquals(6.0, w.meanB(), 1e-12);
        assertEquals(-1.897367, w.t(), 1e-6);
        assertEquals(5.882353, w.df(), 1e-6);
        assertEquals(0.107531, w.p(), 1e-6);
        assertFalse(w.significantAt(0.05));
    }

    @Test
    void clearDifferenceIsSignificant() {
        // Means 0.92 and 0.86, s² = 0.00025 each: t = 0.06/√(2·0.00025/5) = 0.06/0.01 = 6, df = 8, p = 0.000323.
        WelchTest w = WelchTest.of(new double[]{0.91, 0.93, 0.90, 0.92, 0.94}, new double[]{0.85, 0.88, 0.86, 0.87, 0.84});
        assertEquals(6.0, w.t(), 1e-9);
        assertEquals(8.0, w.df(), 1e-9);
        assertEquals(0.000323393, w.p(), 1e-8);
        assertEquals(0.06, w.difference(), 1e-12);
        assertTrue(w.significantAt(0.05));
    }

    @Test
    void tooFewValuesGiveNoPValue() {
        WelchTest w = WelchTest.of(new double[]{0.9}, new double[]{0.8, 0.7});
        assertTrue(Double.isNaN(w.p()));
        assertFalse(w.significantAt(0.05));
        assertEquals(0.9, w.meanA(), 1e-12);
    }

    @Test
    void constantSamplesUseTheExactPermutationPValue() {
        WelchTest same = WelchTest.of(new double[]{1, 1, 1}, new double[]{1, 1});
        assertEquals(1.0, same.p());
        assertFalse(same.significantAt(0.05));
        // completely separated: 2 of the C(5, 3) = 10 splits are this extreme, p = 0.2
        WelchTest few = WelchTest.of(new double[]{4, 4, 4}, new double[]{3, 3});
        assertEquals(0.2, few.p(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, few.t());
        assertFalse(few.significantAt(0.05));
        // 5 vs 5: p = 2 / C(10, 5) = 2/252
        WelchTest five = WelchTest.of(new double[]{3, 3, 3, 3, 3}, new double[]{4, 4, 4, 4, 4});
        assertEquals(2.0 / 252, five.p(), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, five.t());
        assertTrue(five.significantAt(0.05));
    }
}
