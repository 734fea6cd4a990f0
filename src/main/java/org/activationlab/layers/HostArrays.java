package org.activationlab.layers;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies small matrices between ND4J arrays and Java {@code double[]} (row-major), honouring any
 * strides, so views such as DL4J's f-ordered weight views work as they are.
 *
 * <p>Element access goes through the array's own buffer (a view's buffer starts at the view's first
 * element), with no native call per element: for the few hundred numbers of a tiny layer this costs
 * less than one ND4J operation.
 */
public final class HostArrays {
    private HostArrays() {
    }

    /** The elements of a matrix (a vector counts as one row) in row-major order. */
    public static double[] read(INDArray a) {
        int rows = rows(a);
        int cols = columns(a);
        long rs = rowStride(a);
        long cs = columnStride(a);
        DataBuffer data = a.data();
        double[] out = new double[rows * cols];
        for (int i = 0, k = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[k++] = data.getDouble(i * rs + j * cs);
            }
        }
        return out;
    }

    /** Writes row-major {@code values} into {@code target}, which must hold as many elements. */
    static INDArray write(double[] values, INDArray target) {
        int rows = rows(target);
        int cols = columns(target);
        if (values.length != (long) rows * cols) {
            throw new IllegalArgumentException(values.length + " values for an array of " + rows + "×" + cols);
        }
        long rs = rowStride(target);
        long cs = columnStride(target);
        DataBuffer data = target.data();
        for (int i = 0, k = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                data.put(i * rs + j * cs, values[k++]);
            }
        }
        return target;
    }

    private static int rows(INDArray a) {
        return a.rank() == 2 ? (int) a.size(0) : 1;
    }

    private static int columns(INDArray a) {
        return a.rank() == 2 ? (int) a.size(1) : (int) a.length();
    }

    private static long rowStride(INDArray a) {
        return a.rank() == 2 ? a.stride(0) : 0;
    }

    private static long columnStride(INDArray a) {
        return a.rank() == 2 ? a.stride(1) : a.rank() == 1 ? a.stride(0) : 1;
    }
}
