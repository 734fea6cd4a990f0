package org.activationlab.updater;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Bulk copies between contiguous float vectors in native memory and Java arrays, for the fast updaters and layers. */
public final class FloatVectors {
    private FloatVectors() {
    }

    /** True for a float vector of {@code length} elements, contiguous in its buffer. */
    public static boolean contiguous(INDArray a, long length) {
        return a.dataType() == DataType.FLOAT && a.length() == length
                && (a.rank() <= 1 || a.isVector()) && (length == 1 || a.elementWiseStride() == 1);
    }

    /** A view shares its parent's buffer; {@code asNioFloat} starts at the view's offset in it. */
    static float[] read(INDArray a, float[] into, int n) {
        a.data().asNioFloat().get(into, 0, n);
        return into;
    }

    static void write(float[] from, INDArray a, int n) {
        a.data().asNioFloat().put(from, 0, n);
    }
}
