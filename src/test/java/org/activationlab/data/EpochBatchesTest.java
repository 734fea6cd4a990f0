package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class EpochBatchesTest {
    private static final int N = 1000;
    /** Row i holds (i, 2i, 3i): a row's first value says which example it is. */
    private static final INDArray FEATURES = Nd4j.linspace(0, N - 1, N).reshape(N, 1).mul(Nd4j.create(new float[][]{{1, 2, 3}}));
    /** Label of example i is −i, so a pairing mix-up shows. */
    private static final INDArray LABELS = Nd4j.linspace(0, N - 1, N).reshape(N, 1).neg();

    @Test
    void everyExampleAppearsExactlyOncePerEpochWithItsOwnLabel() {
        List<DataSet> batches = EpochBatches.of(FEATURES, LABELS, 64, 3, 0);
        assertEquals(16, batches.size());
        assertEquals(64, batches.get(0).numExamples());
        assertEquals(N - 15 * 64, batches.get(15).numExamples());
        int[] seen = order(batches);
        assertArrayEquals(IntStream.range(0, N).toArray(), Arrays.stream(seen).sorted().toArray());
        for (DataSet b : batches) {
            double[] first = b.getFeatures().getColumn(0).toDoubleVector();
            assertArrayEquals(Arrays.stream(first).map(v -> -v).toArray(), b.getLabels().getColumn(0).toDoubleVector());
            assertArrayEquals(Arrays.stream(first).map(v -> 3 * v).toArray(), b.getFeatures().getColumn(2).toDoubleVector());
        }
    }

    @Test
    void twoEpochsDifferInOrderAndTheSameSeedRepeatsIt() {
        int[] epoch0 = order(EpochBatches.of(FEATURES, LABELS, 64, 3, 0));
        int[] epoch1 = order(EpochBatches.of(FEATURES, LABELS, 64, 3, 1));
        int[] again = order(EpochBatches.of(FEATURES, LABELS, 64, 3, 0));
        int[] otherSeed = order(EpochBatches.of(FEATURES, LABELS, 64, 4, 0));
        assertArrayEquals(epoch0, again);
        assertFalse(Arrays.equals(epoch0, epoch1));
        assertFalse(Arrays.equals(epoch0, otherSeed));
        assertFalse(Arrays.equals(epoch0, IntStream.range(0, N).toArray()), "the order should be shuffled");
    }

    @Test
    void aBatchAsLargeAsTheSetIsTheWholeSet() {
        List<DataSet> batches = EpochBatches.of(FEATURES, LABELS, N, 3, 0);
        assertEquals(1, batches.size());
        assertEquals(N, batches.get(0).numExamples());
    }

    @Test
    void reusedBuffersServeTheBlocksOfThePermutationInOrder() {
        int[] order = EpochBatches.permutation(N, 5, 2);
        int start = 0;
        for (DataSet b : EpochBatches.reusing(FEATURES, LABELS, 300, 5, 2)) { // 300, 300, 300, 100
            int end = Math.min(N, start + 300);
            assertArrayEquals(Arrays.copyOfRange(order, start, end), b.getFeatures().getColumn(0).toIntVector());
            assertArrayEquals(Arrays.stream(order, start, end).map(i -> -i).toArray(), b.getLabels().getColumn(0).toIntVector());
            start = end;
        }
        assertEquals(N, start);
    }

    /** Small batches are copied in Java, large ones by ND4J's pullRows (over 4,096 elements): same rows. */
    @ParameterizedTest
    @ValueSource(ints = {100, 450})
    void javaAndNd4jCopiesServeTheSameRows(int batchSize) {
        INDArray wide = Nd4j.linspace(0, N - 1, N).reshape(N, 1).mul(Nd4j.linspace(1, 10, 10).reshape(1, 10));
        int[] order = EpochBatches.permutation(N, 9, 1);
        int start = 0;
        for (DataSet b : EpochBatches.reusing(wide, LABELS, batchSize, 9, 1)) {
            int end = Math.min(N, start + batchSize);
            int[] expected = Arrays.copyOfRange(order, start, end);
            assertArrayEquals(expected, b.getFeatures().getColumn(0).toIntVector());
            assertArrayEquals(Arrays.stream(expected).map(i -> 10 * i).toArray(), b.getFeatures().getColumn(9).toIntVector());
            assertArrayEquals(Arrays.stream(expected).map(i -> -i).toArray(), b.getLabels().getColumn(0).toIntVector());
            start = end;
        }
        assertEquals(N, start);
    }

    @Test
    void twoPassesOverTheSameEpochDoNotShareBuffers() {
        Iterable<DataSet> epoch = EpochBatches.reusing(FEATURES, LABELS, 64, 3, 0);
        Iterator<DataSet> first = epoch.iterator();
        Iterator<DataSet> second = epoch.iterator();
        second.next(); // one batch ahead: a shared buffer would hold its rows when the first pass reads
        int batches = 0;
        while (second.hasNext()) {
            DataSet a = first.next();
            DataSet b = second.next();
            assertFalse(Arrays.equals(a.getFeatures().getColumn(0).toIntVector(), b.getFeatures().getColumn(0).toIntVector()));
            batches++;
        }
        assertEquals(15, batches);
    }

    @Test
    void rejectsLabelsForADifferentNumberOfExamples() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> EpochBatches.reusing(FEATURES, LABELS.get(NDArrayIndex.interval(0, 10), NDArrayIndex.all()), 64, 3, 0));
        assertEquals("labels: expected one row per example (1000), received 10", e.getMessage());
    }

    /** Every layout and type against ND4J's pullRows: the bulk float path, views with offsets, the other paths. */
    @Test
    void gatherCopiesTheSameRowsAsNd4jForEveryLayout() {
        int[] rows = EpochBatches.permutation(300, 9, 0);
        rows = Arrays.copyOf(rows, 128);
        INDArray big = Nd4j.rand(DataType.FLOAT, 400, 50);
        INDArray[] sources = {big, big.get(NDArrayIndex.interval(60, 360), NDArrayIndex.all()), big.dup('f'),
                big.castTo(DataType.DOUBLE), big.get(NDArrayIndex.interval(0, 300), NDArrayIndex.interval(5, 25)),
                Nd4j.rand(DataType.FLOAT, 300, 3)};
        for (INDArray source : sources) {
            INDArray expected = Nd4j.createUninitialized(source.dataType(), rows.length, source.columns());
            Nd4j.pullRows(source, expected, 1, rows);
            INDArray gathered = Nd4j.valueArrayOf(new long[]{rows.length, source.columns()}, -7.0, source.dataType());
            EpochBatches.gather(source, gathered, rows);
            assertEquals(expected, gathered, source.shapeInfoToString());
        }
    }

    @Test
    void rejectsAnEmptyBatch() {
        var e = assertThrows(IllegalArgumentException.class, () -> EpochBatches.of(FEATURES, LABELS, 0, 3, 0));
        assertEquals("batchSize: expected at least 1, received 0", e.getMessage());
    }

    private static int[] order(List<DataSet> batches) {
        return batches.stream().flatMapToInt(b -> Arrays.stream(b.getFeatures().getColumn(0).toIntVector())).toArray();
    }
}
