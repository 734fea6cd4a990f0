package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.activationlab.network.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationGELU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Java twins of ELU, SELU, GELU, Swish and softplus against DL4J's own functions, element by element:
 * in double to within an ulp or two of {@code exp}/{@code pow} (most values to the last bit), in float to
 * within two float ulps, with NaN and ∞ at exactly the same inputs.
 */
class HostModernActivationsTest {

    /** A fine grid over [−100, 100], tiny values around 0, and the overflow regions of float and double. */
    private static double[] inputs() {
        Random random = new Random(17);
        double[] z = new double[24_000];
        for (int i = 0; i < 20_001; i++) {
            z[i] = -100 + i * 0.01;
        }
        for (int i = 20_001; i < 22_000; i++) {
            z[i] = (random.nextDouble() - 0.5) * 1e-3;
        }
        for (int i = 22_000; i < z.length; i++) {
            z[i] = (random.nextDouble() - 0.5) * 1600;
        }
        return z;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"ELU", "SELU", "GELU", "SWISH", "SOFTPLUS"})
    void equalToDl4jInDouble(Activation activation) {
        Agreement a = compare(activation, DataType.DOUBLE);
        assertEquals(0, a.nonFiniteMismatches, activation + ": NaN/∞ at other inputs than DL4J's");
        assertTrue(a.worstValue <= 1e-15 && a.worstSlope <= 1e-15, activation + ": value differs by " + a.worstValue
                + ", slope by " + a.worstSlope + " (relative, or absolute below 1)");
        assertTrue(a.bitExactShare >= 0.99, activation + ": only " + a.bitExactShare + " bit for bit");
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"ELU", "SELU", "GELU", "SWISH", "SOFTPLUS"})
    void equalToDl4jInFloatWithTheSameOverflows(Activation activation) {
        Agreement a = compare(activation, DataType.FLOAT);
        assertEquals(0, a.nonFiniteMismatches, activation + ": NaN/∞ at other inputs than DL4J's");
        assertTrue(a.worstValueUlps <= 2 && a.worstSlopeUlps <= 2, activation + ": " + a.worstValueUlps
                + " float ulps apart in value, " + a.worstSlopeUlps + " in slope");
    }

    /**
     * DL4J's float slopes of GELU and Swish are ∞/∞ = NaN once e^(kz) passes √(float max) ≈ 1.8·10^19, i.e.
     * kz &gt; 44.36 (GELU k = 1.702: z &gt; 26.06; Swish k = 1: z &gt; 44.36); softplus overflows with e^z at
     * z &gt; 88.72. The twins must fail at the same place, or a float network would diverge on one path only.
     */
    @Test
    void floatOverflowsOfDl4jAreReproduced() {
        assertSlopeNaNBetween(Activation.GELU, 26.0, 26.2);
        assertSlopeNaNBetween(Activation.SWISH, 44.3, 44.5);
        assertSlopeNaNBetween(Activation.SOFTPLUS, 88.7, 88.8);
        HostActivation softplus = twin(Activation.SOFTPLUS, DataType.FLOAT);
        assertEquals(Double.POSITIVE_INFINITY, softplus.apply(88.8));
        assertEquals(Double.POSITIVE_INFINITY, dl4j(Activation.SOFTPLUS, DataType.FLOAT, new double[]{88.8})[0][0]);
        assertTrue(Double.isFinite(twin(Activation.GELU, DataType.DOUBLE).slope(30)), "double has room to spare");
    }

    @Test
    void settingsWithoutATwinStayOnNd4j() {
        assertNull(HostActivation.of(new ActivationELU(2.0), DataType.FLOAT), "DL4J's ELU backprop ignores α ≠ 1");
        assertNull(HostActivation.of(new ActivationGELU(true), DataType.FLOAT), "the 'precise' GELU kernel");
        assertNotNull(HostActivation.of(new ActivationGELU(false), DataType.FLOAT));
    }

    private static void assertSlopeNaNBetween(Activation activation, double finite, double nan) {
        HostActivation f = twin(activation, DataType.FLOAT);
        double[][] dl4j = dl4j(activation, DataType.FLOAT, new double[]{finite, nan});
        assertTrue(Double.isFinite(dl4j[1][0]) && Double.isFinite(f.slope(finite)), activation + " at " + finite);
        assertTrue(Double.isNaN(dl4j[1][1]) && Double.isNaN(f.slope(nan)), activation + " at " + nan);
    }

    private static HostActivation twin(Activation activation, DataType type) {
        HostActivation f = HostActivation.of(activation.toDl4j(Activation.DEFAULT_LEAKY_SLOPE), type);
        assertNotNull(f, activation + " has a Java twin");
        return f;
    }

    /** DL4J's values and slopes of {@code z} as {@code type}: {values, slopes}. */
    private static double[][] dl4j(Activation activation, DataType type, double[] z) {
        IActivation fn = activation.toDl4j(Activation.DEFAULT_LEAKY_SLOPE);
        INDArray in = Nd4j.createFromArray(z).castTo(type).reshape(1, z.length);
        double[] values = fn.getActivation(in.dup(), false).toDoubleVector();
        double[] slopes = fn.backprop(in.dup(), Nd4j.onesLike(in)).getFirst().toDoubleVector();
        return new double[][]{values, slopes};
    }

    private static Agreement compare(Activation activation, DataType type) {
        double[] z = Nd4j.createFromArray(inputs()).castTo(type).toDoubleVector(); // the inputs DL4J sees
        double[][] expected = dl4j(activation, type, z);
        HostActivation f = twin(activation, type);
        Agreement a = new Agreement();
        int exact = 0;
        for (int i = 0; i < z.length; i++) {
            double value = f.apply(z[i]);
            double slope = f.slope(z[i]);
            exact += Double.compare(value, expected[0][i]) == 0 && Double.compare(slope, expected[1][i]) == 0 ? 1 : 0;
            a.add(value, expected[0][i], true);
            a.add(slope, expected[1][i], false);
        }
        a.bitExactShare = exact / (double) z.length;
        return a;
    }

    /** Worst differences found: relative (absolute below 1) and in float ulps. */
    private static final class Agreement {
        int nonFiniteMismatches;
        double worstValue;
        double worstSlope;
        double worstValueUlps;
        double worstSlopeUlps;
        double bitExactShare;

        void add(double actual, double expected, boolean value) {
            if (!Double.isFinite(actual) || !Double.isFinite(expected)) {
                nonFiniteMismatches += Double.compare(actual, expected) == 0 ? 0 : 1;
                return;
            }
            double diff = Math.abs(actual - expected);
            double relative = diff / Math.max(1.0, Math.abs(expected));
            double ulps = diff / Math.ulp((float) expected);
            if (value) {
                worstValue = Math.max(worstValue, relative);
                worstValueUlps = Math.max(worstValueUlps, ulps);
            } else {
                worstSlope = Math.max(worstSlope, relative);
                worstSlopeUlps = Math.max(worstSlopeUlps, ulps);
            }
        }
    }
}
