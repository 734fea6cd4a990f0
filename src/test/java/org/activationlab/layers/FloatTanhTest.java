package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link FloatTanh} against the correctly rounded tanh and libnd4j's, over the floats from 2⁻³⁰ to 12. */
class FloatTanhTest {
    /** The positive floats from 2⁻³⁰ up to 12 (past the clamp): ≈ 2.8·10⁸ values, in blocks. */
    private static final int FIRST = Float.floatToRawIntBits(0x1p-30f);
    private static final int LAST = Float.floatToRawIntBits(12f);
    private static final int BLOCK = 1 << 22;

    /** Every fifth of them (all of them take 20 s; the figures in FloatTanh's comment are for all). */
    @Test
    void withinSixUlpOfTheCorrectlyRoundedTanh() {
        int step = 5;
        long[] byUlp = new long[8];
        float[] a = new float[BLOCK];
        for (int first = FIRST; first <= LAST; first += BLOCK * step) {
            int n = (int) Math.min(BLOCK, ((long) LAST - first) / step + 1);
            for (int k = 0; k < n; k++) {
                a[k] = Float.intBitsToFloat(first + k * step);
            }
            FloatTanh.minMaxLoop(a, n);
            for (int k = 0; k < n; k++) {
                float x = Float.intBitsToFloat(first + k * step);
                float exact = (float) Math.tanh(x); // within 1 ulp of double: rounds as tanh does, bar a tie
                int ulps = Math.abs(Float.floatToRawIntBits(a[k]) - Float.floatToRawIntBits(exact));
                assertTrue(ulps <= 6, () -> "tanh(" + x + ") = " + exact + ", FloatTanh " + FloatTanh.of(x));
                byUlp[ulps]++;
            }
        }
        long total = Arrays.stream(byUlp).sum();
        assertTrue(byUlp[0] + byUlp[1] + byUlp[2] >= 0.997 * total, "99.7 % within 2 ulp: " + Arrays.toString(byUlp));
    }

    @Test
    void oddExactNearZeroSaturatedFarOutAndNaNForNaN() {
        for (float x : new float[]{1e-30f, 1e-10f, 0x1p-14f, 0.3f, 1f, 4f, 8.9f, 9.1f, 50f, Float.MAX_VALUE}) {
            assertEquals(Float.floatToRawIntBits(-FloatTanh.of(x)), Float.floatToRawIntBits(FloatTanh.of(-x)), "odd at " + x);
        }
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(FloatTanh.of(0f)));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(FloatTanh.of(-0f)));
        assertEquals(Float.MIN_VALUE, FloatTanh.of(Float.MIN_VALUE), 0f, "a subnormal is its own tanh");
        assertEquals(0x1p-12f, FloatTanh.of(0x1p-12f), 0f, "tanh(x) rounds to x here");
        assertEquals(1f, FloatTanh.of(9.1f), 0f);
        assertEquals(1f, FloatTanh.of(Float.POSITIVE_INFINITY), 0f);
        assertEquals(-1f, FloatTanh.of(Float.NEGATIVE_INFINITY), 0f);
        assertTrue(Float.isNaN(FloatTanh.of(Float.NaN)));
        assertTrue(Float.isNaN(FloatTanh.of(Float.intBitsToFloat(0xffc00001))));
    }

    @Test
    void neverBeyondOne() {
        for (int bits = Float.floatToRawIntBits(8f); bits <= Float.floatToRawIntBits(10f); bits++) {
            float x = Float.intBitsToFloat(bits);
            assertTrue(FloatTanh.of(x) <= 1f && FloatTanh.of(-x) >= -1f, "at " + x);
        }
    }

    /** The loop C2 vectorises and the one C1 runs fastest give the same floats as {@link FloatTanh#of}. */
    @Test
    void bothLoopsAreOf() {
        int n = 1 << 20;
        float[] x = new float[n];
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < n; k++) {
            x[k] = k % 2 == 0 ? Float.intBitsToFloat(random.nextInt()) : (float) random.nextGaussian() * 4;
        }
        float[] minMax = x.clone();
        float[] comparison = x.clone();
        FloatTanh.minMaxLoop(minMax, n);
        FloatTanh.comparisonLoop(comparison, n);
        for (int k = 0; k < n; k++) {
            float expected = FloatTanh.of(x[k]);
            if (Float.isNaN(expected)) {
                assertTrue(Float.isNaN(minMax[k]) && Float.isNaN(comparison[k]), "NaN at " + x[k]);
            } else {
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(minMax[k]), "min/max loop at " + x[k]);
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(comparison[k]), "comparison loop at " + x[k]);
            }
        }
    }

    /** libnd4j's float tanh and this one differ by at most {@link FloatTanh#FROM_LIBND4J}, every 5th float to 12. */
    @Test
    void withinTheStatedDistanceOfLibnd4jsTanh() {
        int step = 5;
        int n = BLOCK / step;
        float[] x = new float[n];
        double largest = 0;
        for (int first = FIRST; first <= LAST; first += n * step) {
            int m = (int) Math.min(n, ((long) LAST - first) / step + 1);
            for (int k = 0; k < m; k++) {
                x[k] = Float.intBitsToFloat(first + k * step);
            }
            INDArray z = Nd4j.createFromArray(Arrays.copyOf(x, m));
            INDArray nd4j = z.ulike();
            Nd4j.getExecutioner().exec(new Tanh(z, nd4j));
            float[] theirs = nd4j.toFloatVector();
            float[] ours = Arrays.copyOf(x, m);
            FloatTanh.minMaxLoop(ours, m);
            for (int k = 0; k < m; k++) {
                largest = Math.max(largest, Math.abs(theirs[k] - ours[k]));
            }
        }
        assertTrue(largest <= FloatTanh.FROM_LIBND4J, "largest difference " + largest);
        assertTrue(largest > FloatTanh.FROM_LIBND4J / 4, "the stated bound is not loose: " + largest);
    }
}
