package org.activationlab.layers;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * tanh of floats in Java, for big float layers (training and test passes): a rational function of x².
 *
 * <p>Why not libnd4j's: its float tanh calls {@code powf} for every element (≈ 7 ns each), 8 % of the CPU of a
 * Fashion-MNIST compare of ReLU against tanh (BENCHMARKS.md, round 8), and no JIT can vectorise a native call.
 * This is x·P(x²)/Q(x²), P and Q of degree 4 with P(0) = Q(0) = 1, fitted here for the smallest relative error on
 * [0, {@value #CLAMP}]; x is clamped to ±{@value #CLAMP} (tanh is 1 to float precision beyond 9.01) and the result
 * to ±1. Multiplications, additions, one division and min/max only: C2 vectorises the loop (≈ 0.4 ns per element
 * on AVX-512), C1 a comparison form of it at ≈ 4 ns.
 *
 * <p>Accuracy over every float from 2⁻³⁰ to 12 (measured once; FloatTanhTest checks every fifth): within 6 ulp of the correctly rounded tanh, 99.7 % within 2 ulp;
 * odd; exactly x for |x| ≤ 2⁻¹² (as the rounded tanh); NaN for NaN. libnd4j's float tanh is within 4 ulp above 0.1 but loses
 * relative accuracy below (it returns 0 for |x| below 3·10⁻⁸); the two differ by at most {@value #FROM_LIBND4J}
 * anywhere. So a network with big tanh layers is DL4J's within float tolerance, not bit for bit as for the other
 * activations: its numbers differ from the stock layers' in the last digits, the same ones run after run.
 */
final class FloatTanh {
    /** |x| above which tanh(x) is taken as tanh(±CLAMP), which rounds to ±1. */
    static final float CLAMP = 9.1f;
    /** The largest difference from libnd4j's float tanh, over every float (FloatTanhTest). */
    static final float FROM_LIBND4J = 4.8e-7f;

    // P(t) = 1 + P1 t + P2 t² + P3 t³ + P4 t⁴ and Q(t) likewise, t = x²: minimax in relative error, in float
    private static final float P1 = 0x1.11f8a6p-3f;
    private static final float P2 = 0x1.c99c72p-9f;
    private static final float P3 = 0x1.5881a4p-16f;
    private static final float P4 = 0x1.c70694p-27f;
    private static final float Q1 = 0x1.de51ap-2f;
    private static final float Q2 = 0x1.a7b49ep-6f;
    private static final float Q3 = 0x1.57c4aep-12f;
    private static final float Q4 = 0x1.9f22e6p-21f;

    /**
     * Whether this JVM's optimising compiler (C2) may compile the loop: then {@link #minMaxLoop}, which it
     * vectorises; under the quick tier alone ({@code -XX:TieredStopAtLevel=1}) {@link #comparisonLoop}, because
     * C1 calls Math.min and Math.max (≈ 10 ns per element where comparisons take ≈ 4). The same floats either way.
     * Read once, from the JVM's options (≈ 15 ms at the first big tanh layer of a process).
     */
    private static final boolean OPTIMISING_JIT = optimisingJit();

    private FloatTanh() {
    }

    /** tanh(z). */
    static float of(float z) {
        float a = rational(z > CLAMP ? CLAMP : z < -CLAMP ? -CLAMP : z);
        return a > 1f ? 1f : a < -1f ? -1f : a;
    }

    /** x·P(x²)/Q(x²), for x within ±{@value #CLAMP}. */
    private static float rational(float x) {
        float t = x * x;
        return x * ((((P4 * t + P3) * t + P2) * t + P1) * t + 1f) / ((((Q4 * t + Q3) * t + Q2) * t + Q1) * t + 1f);
    }

    /** a[k] = tanh(a[k]) for the first {@code n} elements. */
    static void applyInPlace(float[] a, int n) {
        if (OPTIMISING_JIT) {
            minMaxLoop(a, n);
        } else {
            comparisonLoop(a, n);
        }
    }

    /** {@link #of} over the array, with the clamps as Math.min/max, which C2 vectorises. */
    static void minMaxLoop(float[] a, int n) {
        for (int k = 0; k < n; k++) {
            a[k] = Math.max(Math.min(rational(Math.min(Math.max(a[k], -CLAMP), CLAMP)), 1f), -1f);
        }
    }

    /** {@link #of} over the array, as C1 runs it fastest. */
    static void comparisonLoop(float[] a, int n) {
        for (int k = 0; k < n; k++) {
            a[k] = of(a[k]);
        }
    }

    private static boolean optimisingJit() {
        try {
            String level = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("TieredStopAtLevel").getValue();
            return Integer.parseInt(level) >= 4;
        } catch (RuntimeException | LinkageError e) { // not HotSpot: assume a JIT that optimises
            return true;
        }
    }
}
