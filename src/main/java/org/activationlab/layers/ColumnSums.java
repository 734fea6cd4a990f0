package org.activationlab.layers;

import java.util.Arrays;
import org.activationlab.updater.FloatVectors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The bias gradient dL/db = Σ_rows δ of a float layer, summed in Java instead of by ND4J's reduction.
 *
 * <p>Why: libnd4j's {@code sum} along rows calls a {@code std::function} per element, and with the op's
 * fixed cost it took 6 % of the 784-256-256-10 MLP's step at batch 128. Measured per call under the
 * kernels JIT: 128 × 256, 44.7 µs in ND4J and 21.4 µs here; 512 × 256, 126.7 and 76.1 µs; 128 × 10, 11.9
 * and 2.1 µs; under the quick tier the same or faster (BENCHMARKS.md, round 5). Its
 * result is each column's sum accumulated row by row in float from 0 (a one-row matrix is copied), which
 * this loop reproduces bit for bit (measured over 43,960 columns of shapes from 3×5 to 60,000×10, with one and two OpenMP threads;
 * {@code ColumnSumsTest} checks it). A column whose sum is NaN is summed again by ND4J, whose choice of NaN
 * payload Java's {@code +} does not promise to follow.
 */
final class ColumnSums {
    /** Off: ND4J's reduction always (tests compare the two). */
    static volatile boolean enabled = true;
    /**
     * Largest δ (elements) summed here: the scratch copy stays with its thread, and a full-batch training of a
     * wide layer would keep tens of MB of heap for a saving that the sum's cost no longer notices.
     */
    static final long JAVA_LIMIT = 1 << 20;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private ColumnSums() {
    }

    /** {@code sums} = Σ_rows {@code delta} ([rows, columns] → [columns] or [1, columns]). */
    static void into(INDArray delta, INDArray sums) {
        if (!suits(delta, sums)) {
            delta.sum(sums, 0);
            return;
        }
        int rows = (int) delta.rows();
        int columns = (int) delta.columns();
        float[] values = FloatActivation.sized(SCRATCH.get(), rows * columns + columns);
        SCRATCH.set(values);
        delta.data().asNioFloat().get(values, 0, rows * columns); // positioned at the array's first element
        int at = rows * columns;
        if (sumColumns(values, rows, columns, at)) {
            sums.data().asNioFloat().put(values, at, columns);
        } else {
            delta.sum(sums, 0);
        }
    }

    /**
     * Column sums of the row-major {@code rows × columns} matrix at the start of {@code values}, written at
     * {@code at}; false when one is NaN. A loop of its own, for C2 under the kernels JIT choice.
     */
    static boolean sumColumns(float[] values, int rows, int columns, int at) {
        if (rows == 1) { // libnd4j copies a one-row matrix (a column of -0 stays -0, where 0 + -0 is 0)
            System.arraycopy(values, 0, values, at, columns);
        } else {
            Arrays.fill(values, at, at + columns, 0f);
        }
        for (int i = rows == 1 ? 1 : 0; i < rows; i++) {
            int row = i * columns;
            for (int j = 0; j < columns; j++) {
                values[at + j] += values[row + j];
            }
        }
        for (int j = 0; j < columns; j++) {
            if (values[at + j] != values[at + j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean suits(INDArray delta, INDArray sums) {
        return enabled && delta.length() <= JAVA_LIMIT && delta.rank() == 2 && delta.ordering() == 'c'
                && FloatActivation.dense(delta) && FloatVectors.contiguous(sums, delta.columns());
    }
}
