package org.activationlab.data;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

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
        for (int epoch = 0; epoch < REPEATS; epoch++) {
            start = System.nanoTime();
            List<DataSet> batches = EpochBatches.of(x, y, BATCH, 1, epoch);
            double sum = touch(batches);
            System.out.printf("epoch %d, one permutation gather + %d contiguous batches: %.3f s (checksum %.0f)%n",
                    epoch, batches.size(), seconds(start), sum);
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

    /** Reads one value of each batch so nothing is skipped lazily. */
    private static double touch(List<DataSet> batches) {
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
