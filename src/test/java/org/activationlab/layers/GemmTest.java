package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** {@link Gemm} against {@code Nd4j.gemm}: the same numbers, bit for bit, for every memory order and view. */
class GemmTest {

    /** Every order of a, b and c, both transposes, float and double, the MLP's shapes and degenerate ones. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        int[][] shapes = {{128, 784, 256}, {128, 256, 10}, {7, 5, 3}, {1, 6, 4}, {5, 1, 3}, {4, 3, 1}, {1, 1, 1}};
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            for (int[] s : shapes) {
                for (int orders = 0; orders < 8; orders++) {
                    for (int t = 0; t < 4; t++) {
                        cases.add(Arguments.of(type, s[0], s[1], s[2], (orders & 1) != 0 ? 'f' : 'c',
                                (orders & 2) != 0 ? 'f' : 'c', (orders & 4) != 0 ? 'f' : 'c', (t & 1) != 0, (t & 2) != 0));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3} orders {4}{5}{6} transpose {7} {8}")
    @MethodSource("cases")
    void equalsNd4jBitForBit(DataType type, int m, int k, int n, char orderA, char orderB, char orderC,
                             boolean transposeA, boolean transposeB) {
        Nd4j.getRandom().setSeed(m * 31L + k * 7L + n);
        INDArray a = (transposeA ? Nd4j.randn(type, k, m) : Nd4j.randn(type, m, k)).dup(orderA);
        INDArray b = (transposeB ? Nd4j.randn(type, n, k) : Nd4j.randn(type, k, n)).dup(orderB);
        INDArray expected = Nd4j.gemm(a, b, Nd4j.create(type, new long[]{m, n}, orderC), transposeA, transposeB, 1.0, 0.0);
        INDArray c = Nd4j.valueArrayOf(new long[]{m, n}, Double.NaN, type).dup(orderC); // β = 0 must ignore it
        INDArray result = Gemm.product(a, transposeA, b, transposeB, c);
        assertSame(c, result);
        assertArrayEquals(expected.dup('c').data().asDouble(), c.dup('c').data().asDouble());
    }

    /** Parameter and gradient views (offsets into one flat buffer, as DL4J lays out W and dL/dW) work in place. */
    @Test
    void viewsIntoAFlatBufferWriteOnlyTheirOwnElements() {
        Nd4j.getRandom().setSeed(3);
        INDArray flat = Nd4j.randn(DataType.FLOAT, 1, 100);
        INDArray w = flat.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(10, 22)).reshape('f', 4, 3);
        INDArray out = Nd4j.create(DataType.FLOAT, 1, 40);
        INDArray z = out.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(5, 20)).reshape('f', 5, 3);
        INDArray x = Nd4j.randn(DataType.FLOAT, 5, 4);
        INDArray expected = x.mmul(w);
        Gemm.product(x, false, w, false, z);
        assertArrayEquals(expected.dup('c').data().asFloat(), z.dup('c').data().asFloat());
        for (int i = 0; i < 40; i++) {
            if (i < 5 || i >= 20) {
                assertEquals(0f, out.getFloat(0, i), "element " + i + " outside the view was written");
            }
        }
    }

    /** A row block of a c-order matrix (leading dimension larger than its width) is read in place. */
    @Test
    void rowBlockWithALargerLeadingDimension() {
        Nd4j.getRandom().setSeed(4);
        INDArray big = Nd4j.randn(DataType.FLOAT, 6, 9);
        INDArray a = big.get(NDArrayIndex.interval(1, 4), NDArrayIndex.interval(2, 7)); // 3 × 5, stride [9, 1]
        INDArray b = Nd4j.randn(DataType.FLOAT, 5, 2);
        INDArray c = Nd4j.create(DataType.FLOAT, 3, 2);
        Gemm.product(a, false, b, false, c);
        assertArrayEquals(a.dup().mmul(b).data().asFloat(), c.data().asFloat(), 1e-6f);
    }

    @Test
    void mismatchedShapesFailAsNd4jDoes() {
        INDArray a = Nd4j.create(DataType.FLOAT, 3, 4);
        INDArray b = Nd4j.create(DataType.FLOAT, 5, 2);
        assertThrows(RuntimeException.class, () -> Gemm.product(a, false, b, false, Nd4j.create(DataType.FLOAT, 3, 2)));
    }
}
