package org.activationlab.data;

import java.nio.file.Path;

/**
 * The contents of an IDX file of unsigned bytes (the MNIST format), possibly only its first examples.
 *
 * @param file     where it was read from
 * @param declared the dimensions the header declares, e.g. [60000, 28, 28]
 * @param count    examples actually read (≤ declared[0])
 * @param values   count × (declared[1] × declared[2] × …) bytes, row-major
 */
public record IdxArray(Path file, int[] declared, int count, byte[] values) {

    /** Bytes per example: the product of all dimensions but the first. */
    public int exampleSize() {
        return IdxReader.exampleSize(declared);
    }
}
