package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The Java bias add is ND4J's {@code addiRowVector} bit for bit, special values and views included. */
class RowBiasTest {

    @ParameterizedTest
    @CsvSource({"1,1", "3,5", "128,10", "512,16", "64,128", "128,256", "33,300"})
    void randomRowsGetNd4jsBits(int rows, int columns) {
        Random random = new Random(rows * 17L + columns);
        for (int trial = 0; trial < 5; trial++) {
            assertSameBits(Nd4j.create(FloatBits.wide(random, rows * columns), new long[]{rows, columns}, 'c'),
                    Nd4j.create(FloatBits.wide(random, columns), new long[]{1, columns}, 'c'));
        }
    }

    @Test
    void specialValuesGetNd4jsBits() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            assertSameBits(Nd4j.create(FloatBits.special(random, rows * columns), new long[]{rows, columns}, 'c'),
                    Nd4j.create(FloatBits.special(random, columns), new long[]{columns}, 'c'));
        }
    }

    @Test
    void viewsAndOtherLayoutsGetNd4jsBits() {
        INDArray parameters = Nd4j.rand(DataType.FLOAT, 1, 80);
        INDArray bias = parameters.get(NDArrayIndex.point(0), NDArrayIndex.interval(30, 42)); // inside the flat params
        INDArray big = Nd4j.rand(DataType.FLOAT, 40, 12).subi(0.5);
        // rows of a bigger matrix, in place: the view's rows change and nothing else
        INDArray viaNd4j = big.dup();
        INDArray viaJava = big.dup();
        RowBias.enabled = false;
        try {
            RowBias.addInPlace(viaNd4j.get(NDArrayIndex.interval(7, 30), NDArrayIndex.all()), bias);
        } finally {
            RowBias.enabled = true;
        }
        RowBias.addInPlace(viaJava.get(NDArrayIndex.interval(7, 30), NDArrayIndex.all()), bias);
        assertArrayEquals(FloatBits.of(viaNd4j), FloatBits.of(viaJava));
        assertArrayEquals(FloatBits.of(big.get(NDArrayIndex.interval(30, 40), NDArrayIndex.all())),
                FloatBits.of(viaJava.get(NDArrayIndex.interval(30, 40), NDArrayIndex.all())));
        assertSameBits(big.dup('f'), bias); // column-major: ND4J's op
    }

    @Test
    void aNanSumIsLeftToNd4jAndTheMatrixIsReturned() {
        float[] values = {1f, Float.NaN, 2f, 3f, 0.5f, -0.5f};
        assertFalse(RowBias.addRows(values, 2, 2, 4));
        INDArray z = Nd4j.create(new float[]{1f, 2f, 3f, 4f}, new long[]{2, 2}, 'c');
        assertSame(z, RowBias.addInPlace(z, Nd4j.create(new float[]{Float.NaN, 1f}, new long[]{2}, 'c')));
        assertEquals(5f, z.getFloat(1, 1));
        assertSameBits(Nd4j.create(new float[]{1f, 2f, 3f, 4f}, new long[]{2, 2}, 'c'),
                Nd4j.create(new float[]{Float.intBitsToFloat(0x7fc12345), 1f}, new long[]{2}, 'c'));
    }

    private static void assertSameBits(INDArray z, INDArray bias) {
        INDArray expected = z.dup(z.ordering());
        RowBias.enabled = false;
        try {
            RowBias.addInPlace(expected, bias);
        } finally {
            RowBias.enabled = true;
        }
        INDArray actual = z.dup(z.ordering());
        RowBias.addInPlace(actual, bias);
        assertArrayEquals(FloatBits.of(expected), FloatBits.of(actual), () -> "bias add on " + z.shapeInfoToString());
    }
}
