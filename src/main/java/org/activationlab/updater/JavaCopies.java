package org.activationlab.updater;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Java working copies of a few float vectors in native memory (an updater's state): read on first use,
 * written back only on {@link #release}.
 *
 * <p>Why: the vectors change at every step, but only the updater reads them between steps; copying them
 * in and out at every step cost 4 of the 7 MB a 269,322-parameter Adam step copied.
 */
final class JavaCopies {
    private float[][] copies;
    /** The copies hold the vectors' values (read, and perhaps changed since). */
    private boolean held;
    /** The copies may differ from the vectors: handed out for writing since they were read. */
    private boolean changed;

    JavaCopies(int count) {
        copies = new float[count][0];
    }

    /**
     * The copies of {@code vectors} (contiguous float vectors of {@code n} elements), read from them unless
     * already held; the caller may change them, and they count as changed.
     */
    float[][] open(int n, INDArray... vectors) {
        if (!held) {
            for (int i = 0; i < copies.length; i++) {
                if (copies[i].length != n) {
                    copies[i] = new float[n];
                }
                FloatVectors.read(vectors[i], copies[i], n);
            }
            held = true;
        }
        changed = true;
        return copies;
    }

    /** Writes the copies into {@code vectors} if they changed, and forgets them: the vectors hold the values again. */
    void release(INDArray... vectors) {
        if (changed) {
            for (int i = 0; i < copies.length; i++) {
                FloatVectors.write(copies[i], vectors[i], copies[i].length);
            }
        }
        held = false;
        changed = false;
    }
}
