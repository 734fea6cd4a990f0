package org.activationlab.data;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Minibatches for one epoch: the whole set is permuted with a shuffle seeded by (seed, epoch), then cut
 * into consecutive blocks of that order; the last batch may be smaller.
 *
 * <p>The permutation depends only on (seed, epoch), so every network compared under the same seed sees
 * the same data in the same order. {@link #reusing} gathers each batch's rows when it is asked for, into
 * buffers reused from batch to batch: an epoch costs two batch-sized arrays instead of a permuted copy
 * of the whole set (188 MB for Fashion-MNIST), and is no slower ({@code DataBenchmark} in the tests
 * times both).
 */
public final class EpochBatches {
    private EpochBatches() {
    }

    /**
     * The batches of epoch {@code epoch} (0-based) for {@code seed}, for one pass that trains on each
     * batch before asking for the next.
     *
     * <p>Each {@link DataSet} is valid only until the iterator's next {@code next()}: later batches are
     * gathered into the same arrays. {@link #of} copies them for callers that keep batches. Each call to
     * {@code iterator()} has its own buffers. When the batch holds the whole set, the one batch is the
     * set itself, unshuffled.
     */
    public static Iterable<DataSet> reusing(INDArray features, INDArray labels, int batchSize, long seed, int epoch) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize: expected at least 1, received " + batchSize);
        }
        if (features.rows() != labels.rows()) {
            throw new IllegalArgumentException("labels: expected one row per example (" + features.rows()
                    + "), received " + labels.rows());
        }
        int n = (int) features.rows();
        if (batchSize >= n) {
            return List.of(new DataSet(features, labels));
        }
        int[] order = permutation(n, seed, epoch);
        return () -> new Gatherer(features, labels, order, batchSize);
    }

    /** The batches of {@link #reusing}, each copied into arrays of its own, so they can all be kept. */
    public static List<DataSet> of(INDArray features, INDArray labels, int batchSize, long seed, int epoch) {
        List<DataSet> batches = new ArrayList<>();
        for (DataSet batch : reusing(features, labels, batchSize, seed, epoch)) {
            batches.add(batch.copy());
        }
        return batches;
    }

    /** A Fisher–Yates permutation of 0..n-1 fixed by (seed, epoch). */
    public static int[] permutation(int n, long seed, int epoch) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed * 1_000_003L + epoch);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Pulls the rows of one block of {@code order} per {@code next()} into its buffers. */
    private static final class Gatherer implements Iterator<DataSet> {
        private final INDArray features;
        private final INDArray labels;
        private final int[] order;
        private final int batchSize;
        private INDArray x;
        private INDArray y;
        private RowCopier featureRows;
        private RowCopier labelRows;
        private int start;

        Gatherer(INDArray features, INDArray labels, int[] order, int batchSize) {
            this.features = features;
            this.labels = labels;
            this.order = order;
            this.batchSize = batchSize;
        }

        @Override
        public boolean hasNext() {
            return start < order.length;
        }

        @Override
        public DataSet next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the epoch has no more batches");
            }
            int end = Math.min(order.length, start + batchSize);
            int[] rows = Arrays.copyOfRange(order, start, end);
            if (x == null || x.rows() != rows.length) { // the first batch, and the smaller last one
                x = Nd4j.createUninitialized(features.dataType(), rows.length, features.columns());
                y = Nd4j.createUninitialized(labels.dataType(), rows.length, labels.columns());
                featureRows = RowCopier.between(features, x);
                labelRows = RowCopier.between(labels, y);
            }
            gather(featureRows, features, x, rows);
            gather(labelRows, labels, y, rows);
            start = end;
            return new DataSet(x, y);
        }
    }

    /**
     * Bulk row copies between two dense row-major float arrays, through NIO views made once per pair:
     * each view is a native call (JavaCPP's {@code asByteBuffer}), which for a Playground batch of 10 rows
     * cost more than the copies (BENCHMARKS.md, round 7).
     */
    private record RowCopier(FloatBuffer from, int first, FloatBuffer to, int toFirst, int columns) {
        /** The copier for {@code source} → {@code destination}, or null when either is not dense row-major float. */
        static RowCopier between(INDArray source, INDArray destination) {
            if (!denseRowMajorFloats(source) || !denseRowMajorFloats(destination)) {
                return null;
            }
            FloatBuffer from = source.data().asNioFloat(); // positioned at each array's first element
            FloatBuffer to = destination.data().asNioFloat();
            return new RowCopier(from, from.position(), to, to.position(), (int) source.columns());
        }

        /** destination row i = source row {@code rows[i]}. */
        void copy(int[] rows) {
            to.limit(to.capacity());
            to.position(toFirst);
            for (int row : rows) {
                int at = first + row * columns;
                from.limit(at + columns);
                from.position(at);
                to.put(from);
            }
        }
    }

    /** Largest batch (elements) copied by Java loops rather than one ND4J op (≈ 25 µs fixed cost each). */
    private static final long JAVA_COPY_LIMIT = 4_096;

    /**
     * {@code destination} row i = {@code source} row {@code rows[i]}: rows of dense row-major float arrays
     * copied in bulk from native memory, tiny batches of others element by element in Java, the rest by
     * one ND4J op. The bulk copies took a quarter of the op's time on Fashion-MNIST batches of 128 (the op
     * calls a {@code std::function} per row).
     */
    static void gather(INDArray source, INDArray destination, int[] rows) {
        gather(RowCopier.between(source, destination), source, destination, rows);
    }

    /** {@link #gather(INDArray, INDArray, int[])} with the arrays' copier, if they have one, already made. */
    private static void gather(RowCopier copier, INDArray source, INDArray destination, int[] rows) {
        if (copier != null) {
            copier.copy(rows);
            return;
        }
        if (destination.length() > JAVA_COPY_LIMIT || source.rank() != 2) {
            Nd4j.pullRows(source, destination, 1, rows);
            return;
        }
        DataBuffer from = source.data();
        DataBuffer to = destination.data();
        long rowStride = source.stride(0);
        long columnStride = source.stride(1);
        int columns = (int) source.columns();
        for (int i = 0, k = 0; i < rows.length; i++) {
            for (int j = 0; j < columns; j++) {
                to.put(k++, from.getDouble(rows[i] * rowStride + j * columnStride));
            }
        }
    }

    private static boolean denseRowMajorFloats(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.rank() == 2 && a.ordering() == 'c' && a.length() <= Integer.MAX_VALUE
                && Shape.hasDefaultStridesForShape(a);
    }
}
