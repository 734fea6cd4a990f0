package org.activationlab.layers;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * ReLU (α = 0) and leaky ReLU: f(z) = z for z ≥ 0, α·z below; written the way libnd4j's kernels
 * (1.0.0-M2.1) compare, so that zeros keep their sign, NaN and −∞ come out as DL4J's do, and float
 * networks get DL4J's numbers bit for bit, also in the loop over whole float arrays that big layers
 * use for δ ({@link FloatReLU}).
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
     * δ = f′(z) ⊙ ε on the floats' raw bits, into {@code epsilon}, for the first {@code n} elements.
     * Bits, because ReLU's δ is then one AND per element with no conversions; masks rather than
     * branches, because z's signs are random and a mispredicted branch per element costs more than
     * the arithmetic, under the quick JIT tier as under C2.
     */
    void deltaInPlace(int[] z, int[] epsilon, int n) {
        if (plain) {
            for (int k = 0; k < n; k++) {
                epsilon[k] &= positive(z[k]);
            }
        } else {
            float alpha = alphaFloat;
            for (int k = 0; k < n; k++) {
                int e = epsilon[k];
                int below = negative(z[k]);
                epsilon[k] = Float.floatToRawIntBits(alpha * Float.intBitsToFloat(e)) & below | e & ~below;
            }
        }
    }

    /** All ones if the float with these bits is &lt; 0 (not −0, not NaN), else 0. */
    private static int negative(int bits) {
        int magnitude = bits & 0x7fffffff;
        return (bits >> 31) & (-magnitude >> 31) & ((magnitude - 0x7f800001) >> 31);
    }

    /** All ones if the float with these bits is &gt; 0, i.e. 0 &lt; bits ≤ 0x7f800000 (+∞) as an int, else 0. */
    private static int positive(int bits) {
        return (-bits >> 31) & ((bits - 0x7f800001) >> 31);
    }
}
