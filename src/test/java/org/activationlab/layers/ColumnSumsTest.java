package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The bias gradient's Java column sums are ND4J's {@code sum(0)} bit for bit, special values included. */
class ColumnSumsTest {

    @ParameterizedTest
    @CsvSource({"1,1", "3,5", "128,256", "128,10", "512,256", "33,300", "1000,64", "4096,3"})
    void randomColumnsSumToNd4jsBits(int rows, int columns) {
        Random random = new Random(rows * 31L + columns);
        for (int trial = 0; trial < 5; trial++) {
            assertSameBits(Nd4j.create(FloatBits.wide(random, rows * columns), new long[]{rows, columns}, 'c'));
        }
    }

    @Test
    void specialValuesSumToNd4jsBits() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            assertSameBits(Nd4j.create(FloatBits.special(random, rows * columns), new long[]{rows, columns}, 'c'));
        }
        float[] negativeZeros = {-0f, -0f, -0f, -0f};
        assertSameBits(Nd4j.create(negativeZeros, new long[]{2, 2}, 'c'));
    }

    @Test
    void viewsAtOffsetsAndFallbacksGiveNd4jsBits() {
        INDArray big = Nd4j.rand(DataType.FLOAT, 40, 12).subi(0.5);
        assertSameBits(big.get(NDArrayIndex.interval(7, 30), NDArrayIndex.all())); // rows of a bigger matrix
        assertSameBits(big.get(NDArrayIndex.all(), NDArrayIndex.interval(2, 9))); // not dense: ND4J's path
        assertSameBits(big.dup('f'));                                             // column-major: ND4J's path
        // the gradient's bias view sits inside the network's flattened gradient
        INDArray gradients = Nd4j.zeros(DataType.FLOAT, 1, 100);
        INDArray view = gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(50, 62));
        ColumnSums.into(big, view);
        assertArrayEquals(FloatBits.of(big.sum(0)), FloatBits.of(view));
        assertTrue(gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, 50)).sumNumber().doubleValue() == 0
                && gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(62, 100)).sumNumber().doubleValue() == 0,
                "nothing outside the view is written");
    }

    @Test
    void aNanColumnIsLeftToNd4j() {
        float[] values = {1f, Float.NaN, 2f, 3f};
        float[] scratch = new float[values.length + 2];
        System.arraycopy(values, 0, scratch, 0, values.length);
        assertFalse(ColumnSums.sumColumns(scratch, 2, 2, 4));
        assertSameBits(Nd4j.create(values, new long[]{2, 2}, 'c'));
    }

    private static void assertSameBits(INDArray delta) {
        INDArray expected = Nd4j.create(DataType.FLOAT, delta.columns());
        ColumnSums.enabled = false;
        try {
            ColumnSums.into(delta, expected);
        } finally {
            ColumnSums.enabled = true;
        }
        INDArray actual = Nd4j.create(DataType.FLOAT, 1, delta.columns());
        ColumnSums.into(delta, actual);
        assertArrayEquals(FloatBits.of(expected), FloatBits.of(actual), () -> "column sums of " + delta.shapeInfoToString());
    }
}
