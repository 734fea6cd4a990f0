package org.activationlab.layers;

import org.activationlab.updater.FloatVectors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * z += b on every row of a float layer's pre-activation z = x·W, in Java or by the BLAS instead of by
 * ND4J's broadcast op.
 *
 * <p>Why: the op's fixed cost (its Java-side setup, a shape lookup, the native call) is about 20 µs, which
 * for a small layer is most of the work: measured per call at batch 128, a 10-wide output layer's add took
 * 20.7 µs in ND4J and 3.0 µs here. For big layers the two copies between native and Java memory cost more
 * than the op (256 wide: even under the kernels JIT, 2.2× slower under the quick tier), so only matrices of
 * at most {@value #JAVA_LIMIT} elements are added here (BENCHMARKS.md, round 5). Each element is one
 * float addition either way, so the bits are the same ({@code RowBiasTest} checks it, special values
 * included); where a sum is NaN, ND4J's op does the add instead, since Java's {@code +} does not promise
 * libnd4j's choice of NaN payload.
 *
 * <p>Bigger matrices go to the BLAS as one rank-1 product ({@link Gemm#addToRows}): the op's setup (its
 * broadcast dimensions, shape lookups) cost ≈ 150 µs per call on a 512 × 256 layer inside a training step,
 * against a few µs of arithmetic; mlp512 trained 8.7 % faster (BENCHMARKS.md, round 7). It gives ND4J's
 * bits for any z that came from a product, which is never −0 (see there).
 */
final class RowBias {
    /** Off: ND4J's op always (tests compare the two). */
    static volatile boolean enabled = true;
    /** Largest matrix (elements) added in Java; above it ND4J's op is faster. */
    static final int JAVA_LIMIT = 8_192;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private RowBias() {
    }

    /** {@code z} += {@code bias} on each row; returns {@code z}. */
    static INDArray addInPlace(INDArray z, INDArray bias) {
        if (!suits(z, bias)) {
            return enabled && Gemm.addToRows(z, bias) ? z : z.addiRowVector(bias);
        }
        int rows = (int) z.rows();
        int columns = (int) z.columns();
        int n = rows * columns;
        float[] values = FloatActivation.sized(SCRATCH.get(), n + columns);
        SCRATCH.set(values);
        z.data().asNioFloat().get(values, 0, n); // positioned at the array's first element
        bias.data().asNioFloat().get(values, n, columns);
        if (addRows(values, rows, columns, n)) {
            z.data().asNioFloat().put(values, 0, n);
            return z;
        }
        return z.addiRowVector(bias); // z in native memory is unchanged
    }

    /**
     * Adds the {@code columns} values at {@code at} to each row of the row-major matrix at the start of
     * {@code values}; false when a sum is NaN. A loop of its own, for C2 under the kernels JIT choice.
     */
    static boolean addRows(float[] values, int rows, int columns, int at) {
        boolean nan = false;
        for (int i = 0; i < rows; i++) {
            int row = i * columns;
            for (int j = 0; j < columns; j++) {
                float sum = values[row + j] + values[at + j];
                values[row + j] = sum;
                nan |= sum != sum;
            }
        }
        return !nan;
    }

    private static boolean suits(INDArray z, INDArray bias) {
        return enabled && z.length() <= JAVA_LIMIT && z.rank() == 2 && z.ordering() == 'c'
                && FloatActivation.dense(z) && FloatVectors.contiguous(bias, z.columns());
    }
}
