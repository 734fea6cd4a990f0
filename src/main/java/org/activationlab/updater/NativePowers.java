package org.activationlab.updater;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * βᵗ for t = iteration + 1, in float, exactly as libnd4j computes it; fetched from ND4J 1,024 iterations at a time.
 *
 * <p>Why not {@code (float) Math.pow(β, t)}: libnd4j calls the C library's {@code powf}, which rounds near-ties
 * differently from a correctly rounded power for about 1 % of t (glibc, β = 0.999: 2,075 of the first 200,000),
 * and such a one-ulp difference in βᵗ can reach Adam's step size. ND4J's own {@code pow} runs the same
 * {@code powf}; one call per 1,024 steps costs nothing next to a step.
 */
final class NativePowers {
    private static final int CHUNK = 1024;

    private final float base;
    private int firstIteration = -1;
    private float[] powers;

    private NativePowers(float base) {
        this.base = base;
    }

    /** {@code cached} if it holds powers of {@code base} (the configuration may change between steps), else new ones. */
    static NativePowers of(float base, NativePowers cached) {
        return cached != null && cached.base == base ? cached : new NativePowers(base);
    }

    /** β^(iteration + 1), the exponent rounded to float as libnd4j's Adam does. */
    float at(int iteration) {
        if (firstIteration < 0 || iteration < firstIteration || iteration - firstIteration >= CHUNK) {
            fetch(iteration);
        }
        return powers[iteration - firstIteration];
    }

    private void fetch(int iteration) {
        float[] exponents = new float[CHUNK];
        for (int i = 0; i < CHUNK; i++) {
            exponents[i] = (float) (iteration + i) + 1;
        }
        // detached: the caller may be inside one of DL4J's training workspaces
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            powers = Transforms.pow(Nd4j.valueArrayOf(new long[]{CHUNK}, base, DataType.FLOAT),
                    Nd4j.createFromArray(exponents), false).toFloatVector();
        }
        firstIteration = iteration;
    }
}
