package org.activationlab.data;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Wall-clock costs of reading Fashion-MNIST and of serving one epoch of minibatches (a benchmark, not a
 * test: timings depend on the machine). Run after {@code mvn test-compile} with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.activationlab.data.DataBenchmark}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class DataBenchmark {
    private static final int BATCH = 128;
    private static final int REPEATS = 3;

    private DataBenchmark() {
    }

    public static void main(String[] args) {
        Nd4j.create(1); // native start-up outside the timings
        long start = System.nanoTime();
        Dataset data = Datasets.load("fashion-mnist", DataOptions.defaults());
        System.out.printf("read fashion-mnist (60,000 + 10,000 images, gzipped IDX): %.2f s%n", seconds(start));
        INDArray x = data.train().getFeatures();
        INDArray y = data.train().getLabels();
        for (int epoch = 0; epoch < REPEATS; epoch++) { // the two ways alternate, so both see the same machine load
            start = System.nanoTime();
            double sum = touch(EpochBatches.reusing(x, y, BATCH, 1, epoch));
            System.out.printf("epoch %d, per-batch pullRows into reused buffers (EpochBatches.reusing): %.3f s (checksum %.0f)%n",
                    epoch, seconds(start), sum);
            start = System.nanoTime();
            sum = touch(wholeGather(x, y, epoch));
            System.out.printf("epoch %d, one whole permuted copy + contiguous views, for comparison: %.3f s (checksum %.0f)%n",
                    epoch, seconds(start), sum);
        }
        for (int epoch = 0; epoch < 1; epoch++) { // once: it is slow
            start = System.nanoTime();
            int[] order = EpochBatches.permutation((int) x.rows(), 1, epoch);
            double sum = 0;
            for (int from = 0; from < order.length; from += BATCH) {
                int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + BATCH));
                sum += x.getRows(rows).getDouble(0, 0) + y.getRows(rows).getDouble(0, 0);
            }
            System.out.printf("epoch %d, per-batch getRows for comparison: %.3f s (checksum %.0f)%n",
                    epoch, seconds(start), sum);
        }
    }

    /** The former EpochBatches: the whole set gathered in permuted order (188 MB more), then cut into views. */
    private static List<DataSet> wholeGather(INDArray x, INDArray y, int epoch) {
        int[] order = EpochBatches.permutation((int) x.rows(), 1, epoch);
        INDArray px = Nd4j.pullRows(x, 1, order);
        INDArray py = Nd4j.pullRows(y, 1, order);
        List<DataSet> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += BATCH) {
            int end = Math.min(order.length, start + BATCH);
            batches.add(new DataSet(px.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()),
                    py.get(NDArrayIndex.interval(start, end), NDArrayIndex.all())));
        }
        return batches;
    }

    /** Reads one value of each batch so nothing is skipped lazily. */
    private static double touch(Iterable<DataSet> batches) {
        double sum = 0;
        for (DataSet b : batches) {
            sum += b.getFeatures().getDouble(0, 0) + b.getLabels().getDouble(0, 0);
        }
        return sum;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
