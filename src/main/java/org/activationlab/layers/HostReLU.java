package org.activationlab.layers;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * ReLU (α = 0) and leaky ReLU: f(z) = z for z ≥ 0, α·z below; written the way libnd4j's kernels
 * (1.0.0-M2.1) compare, so that zeros keep their sign, NaN and −∞ come out as DL4J's do, and float
 * networks get DL4J's numbers bit for bit, also in the loop over whole float arrays that big layers
 * use for δ ({@link FloatActivation}).
 *
 * <p>The kernels, as measured: forward {@code z < 0 ? α·z : z} (ReLU: {@code z < 0 ? 0 : z}), α in the
 * network's type; backward ReLU {@code z > 0 ? ε : 0}, leaky {@code z < 0 ? α·ε : ε}, α always in single
 * precision. In a float network α·z is the float product (the exact double product rounded once).
 */
final class HostReLU extends HostActivation {
    private final double alphaForward;
    private final double alphaBackward;
    private final double alpha;
    private final float alphaFloat;
    private final boolean plain;

    HostReLU(double alpha, DataType type) {
        alphaForward = type == DataType.FLOAT ? (float) alpha : alpha;
        alphaBackward = (float) alpha;
        this.alpha = alpha;
        alphaFloat = (float) alpha;
        plain = alpha == 0.0;
    }

    @Override
    double apply(double z) {
        return z < 0 ? (plain ? 0.0 : alphaForward * z) : z;
    }

    @Override
    double slope(double z) {
        if (plain) {
            return z > 0 ? 1.0 : 0.0;
        }
        return z < 0 ? alphaBackward : 1.0;
    }

    @Override
    double delta(double z, double epsilon) {
        if (plain) {
            return z > 0 ? epsilon : 0.0;
        }
        return z < 0 ? alphaBackward * epsilon : epsilon;
    }

    /** α as configured, 0 for ReLU. */
    double alpha() {
        return alpha;
    }

    /**
     * δ = f′(z) ⊙ ε into {@code epsilon}, for the first {@code n} elements. The loop chooses by bit
     * masks rather than branches: z's signs are random, and a mispredicted branch per element costs
     * more than the arithmetic, under the quick JIT tier as under C2.
     */
    void deltaInPlace(float[] z, float[] epsilon, int n) {
        if (plain) {
            for (int k = 0; k < n; k++) {
                int positive = positive(Float.floatToRawIntBits(z[k]));
                epsilon[k] = Float.intBitsToFloat(Float.floatToRawIntBits(epsilon[k]) & positive);
            }
        } else {
            float alpha = alphaFloat;
            for (int k = 0; k < n; k++) {
                float e = epsilon[k];
                epsilon[k] = choose(negative(Float.floatToRawIntBits(z[k])), alpha * e, e);
            }
        }
    }

    /** All ones if the float with these bits is &lt; 0 (not −0, not NaN), else 0. */
    private static int negative(int bits) {
        int magnitude = bits & 0x7fffffff;
        return (bits >> 31) & nonZeroAndNotNaN(magnitude);
    }

    /** All ones if the float with these bits is &gt; 0 (not +0, not NaN), else 0. */
    private static int positive(int bits) {
        return ~(bits >> 31) & nonZeroAndNotNaN(bits & 0x7fffffff);
    }

    /** All ones for a magnitude in (0, ∞], i.e. 0 &lt; magnitude ≤ 0x7f800000. */
    private static int nonZeroAndNotNaN(int magnitude) {
        return (-magnitude >> 31) & ((magnitude - 0x7f800001) >> 31);
    }

    /** {@code ifSet} where {@code mask} is all ones, {@code otherwise} where it is 0. */
    private static float choose(int mask, float ifSet, float otherwise) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(ifSet) & mask | Float.floatToRawIntBits(otherwise) & ~mask);
    }
}
