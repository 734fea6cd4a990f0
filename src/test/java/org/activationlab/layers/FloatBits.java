package org.activationlab.layers;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Test helpers for bit-for-bit comparisons of float arrays. */
final class FloatBits {
    /** Values the float paths must treat as libnd4j does: signed zeros, subnormals, extremes, NaN payloads. */
    static final float[] SPECIAL = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
            -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
            Float.intBitsToFloat(0x7fc12345), Float.intBitsToFloat(0xffa00001), 1e-30f, 3e38f};

    private FloatBits() {
    }

    /** The raw bits of each element, in row-major order. */
    static int[] of(INDArray a) {
        float[] f = a.dup('c').data().asFloat();
        int[] b = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            b[i] = Float.floatToRawIntBits(f[i]);
        }
        return b;
    }

    /** {@code n} values drawn from {@link #SPECIAL}. */
    static float[] special(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = SPECIAL[random.nextInt(SPECIAL.length)];
        }
        return values;
    }

    /** {@code n} Gaussian values over nine decades of magnitude. */
    static float[] wide(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4));
        }
        return values;
    }
}
