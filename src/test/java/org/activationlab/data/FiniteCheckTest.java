package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.indexing.conditions.Conditions;

/** {@link Dataset#allFinite} against ND4J's own condition op, on every kind of value and layout. */
class FiniteCheckTest {
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -0.0, 0.0, Double.MAX_VALUE};

    @Test
    void agreesWithNd4jOnFloatAndDoubleArraysViewsAndTransposes() {
        Random random = new Random(7);
        int checked = 0;
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            for (int rows : new int[]{1, 3, 70_000}) {
                for (double special : SPECIAL) {
                    INDArray a = Nd4j.rand(type, rows, 5);
                    // anywhere, also past the first chunk of a long array
                    a.putScalar(random.nextInt(rows), random.nextInt(5), special);
                    for (INDArray layout : new INDArray[]{a, a.transpose(), a.dup('f'),
                            a.get(NDArrayIndex.interval(rows / 2, rows), NDArrayIndex.all()),
                            a.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 4))}) {
                        boolean expected = !BooleanIndexing.or(layout, Conditions.notFinite());
                        assertEquals(expected, Dataset.allFinite(layout),
                                () -> type + " " + layout.shapeInfoToString() + " with " + special);
                        checked++;
                    }
                }
            }
        }
        assertEquals(2 * 3 * SPECIAL.length * 5, checked);
    }

    @Test
    void aNanInTheLastElementOfALongFloatArrayIsFound() {
        INDArray a = Nd4j.zeros(DataType.FLOAT, 20_001, 3);
        a.putScalar(20_000, 2, Float.NaN);
        assertEquals(false, Dataset.allFinite(a));
        a.putScalar(20_000, 2, 1f);
        assertEquals(true, Dataset.allFinite(a));
    }
}
