package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The bias add, in Java for small matrices and as one BLAS rank-1 product for big ones, is ND4J's
 * {@code addiRowVector} bit for bit, special values and views included (a NaN sum is NaN on every path).
 */
class RowBiasTest {
    private static final int NEGATIVE_ZERO = Float.floatToRawIntBits(-0f);

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

    /** The BLAS path forced at every size from 2 × 2 (it refuses one row or column: OpenBLAS 0.3.19 gets them wrong). */
    @Test
    void blasRowsGetNd4jsBitsAtEveryShape() {
        Random random = new Random(13);
        for (int rows : new int[]{1, 2, 3, 7, 64, 129, 512, 1000}) {
            for (int columns : new int[]{1, 2, 9, 10, 256, 300, 1024}) {
                INDArray z = Nd4j.create(FloatBits.wide(random, rows * columns), new long[]{rows, columns}, 'c');
                INDArray bias = Nd4j.create(FloatBits.wide(random, columns), new long[]{1, columns}, 'c');
                INDArray expected = z.dup().addiRowVector(bias);
                INDArray actual = z.dup();
                boolean taken = rows > 1 && columns > 1;
                assertEquals(taken, Gemm.addToRows(actual, bias), "taken by the BLAS, " + rows + "×" + columns);
                if (taken) {
                    assertArrayEquals(FloatBits.of(expected), FloatBits.of(actual), "bias add on " + rows + "×" + columns);
                }
            }
        }
    }

    /** The BLAS path on special values, at sizes above the Java path's and forced at small ones. */
    @Test
    void specialValuesThroughBlasGetNd4jsBitsOrNan() {
        Random random = new Random(12);
        for (int trial = 0; trial < 300; trial++) {
            boolean big = trial % 10 == 0;
            int rows = big ? 100 + random.nextInt(50) : 2 + random.nextInt(6);
            int columns = big ? 90 + random.nextInt(20) : 2 + random.nextInt(6);
            INDArray z = Nd4j.create(FloatBits.special(random, rows * columns), new long[]{rows, columns}, 'c');
            INDArray bias = Nd4j.create(FloatBits.special(random, columns), new long[]{columns}, 'c');
            INDArray expected = addedByNd4j(z.dup(), bias);
            INDArray actual = z.dup();
            assertTrue(Gemm.addToRows(actual, bias), "row-major float: the BLAS takes it");
            int[] want = FloatBits.of(expected);
            int[] got = FloatBits.of(actual);
            int[] zBits = FloatBits.of(z);
            int[] bBits = FloatBits.of(bias);
            for (int i = 0; i < want.length; i++) {
                float w = Float.intBitsToFloat(want[i]);
                if (Float.isNaN(w)) {
                    assertTrue(Float.isNaN(Float.intBitsToFloat(got[i])), "NaN at " + i);
                } else if (zBits[i] == NEGATIVE_ZERO && bBits[i % columns] == NEGATIVE_ZERO) {
                    assertEquals(0, got[i], "−0 + −0 through the BLAS's +0 accumulator: +0"); // never after a product
                } else {
                    assertEquals(want[i], got[i], "bits at " + i + " of " + rows + "×" + columns);
                }
            }
        }
    }

    @Test
    void bigViewsGetNd4jsBitsAndOtherRowsStay() {
        INDArray parameters = Nd4j.rand(DataType.FLOAT, 1, 400);
        INDArray bias = parameters.get(NDArrayIndex.point(0), NDArrayIndex.interval(100, 164));
        INDArray big = Nd4j.rand(DataType.FLOAT, 400, 64).subi(0.5);
        assertViewRowsGetNd4jsBits(big, bias, 7, 300);
        assertTrue(Gemm.addToRows(big.dup().get(NDArrayIndex.interval(7, 300), NDArrayIndex.all()), bias),
                "a view of rows, and a bias inside the parameters, go to the BLAS as they are");
        assertFalse(Gemm.addToRows(big.dup('f'), bias), "column-major: not the BLAS's");
        // the premise for layers: a product is never −0, even of −0s and of signed zeros times negatives
        INDArray zeros = Nd4j.create(new float[]{-0f, -0f, 0f, -0f, -0f, -0f}, new long[]{2, 3}, 'c');
        INDArray weights = Nd4j.create(new float[]{-1f, 2f, -0f, 0f, -3f, -0f, 5f, -0f, -2f}, new long[]{3, 3}, 'c');
        int[] product = FloatBits.of(Gemm.product(zeros, false, weights, false, Nd4j.createUninitialized(DataType.FLOAT, 2, 3)));
        assertArrayEquals(new int[6], product, "every element +0");
        assertFalse(Gemm.addToRows(Nd4j.rand(DataType.DOUBLE, 200, 64), bias.castTo(DataType.DOUBLE)), "double: ND4J's op");
    }

    @Test
    void viewsAndOtherLayoutsGetNd4jsBits() {
        INDArray parameters = Nd4j.rand(DataType.FLOAT, 1, 80);
        INDArray bias = parameters.get(NDArrayIndex.point(0), NDArrayIndex.interval(30, 42)); // inside the flat params
        INDArray big = Nd4j.rand(DataType.FLOAT, 40, 12).subi(0.5);
        assertViewRowsGetNd4jsBits(big, bias, 7, 30);
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

    /** Rows [from, to) of {@code big}, a view, in place: they get ND4J's bits and the rows below stay. */
    private static void assertViewRowsGetNd4jsBits(INDArray big, INDArray bias, int from, int to) {
        INDArray viaNd4j = big.dup();
        INDArray viaOurs = big.dup();
        addedByNd4j(viaNd4j.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()), bias);
        RowBias.addInPlace(viaOurs.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()), bias);
        assertArrayEquals(FloatBits.of(viaNd4j), FloatBits.of(viaOurs));
        INDArray below = big.get(NDArrayIndex.interval(to, big.rows()), NDArrayIndex.all());
        assertArrayEquals(FloatBits.of(below), FloatBits.of(viaOurs.get(NDArrayIndex.interval(to, big.rows()), NDArrayIndex.all())));
    }

    /** {@code z} += {@code bias} by ND4J's own op; returns {@code z}. */
    private static INDArray addedByNd4j(INDArray z, INDArray bias) {
        RowBias.enabled = false;
        try {
            return RowBias.addInPlace(z, bias);
        } finally {
            RowBias.enabled = true;
        }
    }

    private static void assertSameBits(INDArray z, INDArray bias) {
        INDArray expected = addedByNd4j(z.dup(z.ordering()), bias);
        INDArray actual = z.dup(z.ordering());
        RowBias.addInPlace(actual, bias);
        assertArrayEquals(FloatBits.of(expected), FloatBits.of(actual), () -> "bias add on " + z.shapeInfoToString());
    }
}
