package org.activationlab.updater;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a Java loop on small arrays of its own before its first real call, once per JVM, so that HotSpot's
 * optimising compiler (C2) first compiles it from a profile in which the loop has ended.
 *
 * <p>Why: under the CLI's kernels JIT choice a loop first met in a big call (Adam's update of 269,322
 * parameters, tanh over a 10,000-row test pass) was compiled on the stack during that call, before its exit
 * had ever been taken; the compiled loop trapped back to the interpreter at its exit, and the next calls ran
 * interpreted until C2 had compiled it twice more ({@code -XX:+LogCompilation}). In a Fashion-MNIST compare the
 * training threads spent ≈ 0.2 s of CPU in interpreted kernels that way (BENCHMARKS.md, round 9). Primed with
 * {@value #CALLS} calls of {@value #LENGTH} elements (microseconds in the interpreter), the loop's first compiled
 * form has seen its exit, and the first big call runs it. Under other JIT settings the calls are too few to
 * make any compiler start. Only the priming's own arrays are written: no number anywhere changes.
 */
public final class JitPriming {
    /** Calls per loop: past the interpreter's first checks of a loop's back-edge count (every 1,024 back edges). */
    public static final int CALLS = 40;
    /** Elements per call. */
    public static final int LENGTH = 64;
    private static final Set<String> PRIMED = ConcurrentHashMap.newKeySet();

    private JitPriming() {
    }

    /** Runs {@code call} {@value #CALLS} times, unless a loop of this name was primed before in this JVM. */
    public static void once(String loop, Runnable call) {
        if (PRIMED.add(loop)) {
            for (int i = 0; i < CALLS; i++) {
                call.run();
            }
        }
    }

    /**
     * {@value #LENGTH} floats from −12 to 12, so that a loop with a branch on the sign or the size of its input
     * sees both ways of it (tanh's clamps are at ±9.1).
     */
    public static float[] ramp() {
        float[] values = new float[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            values[i] = -12f + 24f * i / (LENGTH - 1);
        }
        return values;
    }
}
