package org.activationlab.train;

import org.activationlab.layers.HostArrays;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Quality of predictions against labels, computed in Java in double precision.
 *
 * <p>Why Java: as ND4J operations these were eight ops per evaluation, each with a fixed cost of tens of
 * µs, a fifth of a Playground sweep's training time (BENCHMARKS.md, round 7); the arithmetic is one
 * pass over the outputs. Accuracy counts the same as before; MSE and R² are summed in double, where
 * ND4J summed float squares in float, so they can differ from earlier versions in the last float digits.
 *
 * @param accuracy fraction classified right (NaN for regression)
 * @param mse      mean squared error over all outputs
 * @param r2       coefficient of determination 1 − SS_res / SS_tot (NaN for classification)
 */
public record Scores(double accuracy, double mse, double r2) {

    /** Scores {@code predictions} (network outputs) against {@code labels} shaped for {@code head}. */
    public static Scores of(INDArray predictions, INDArray labels, OutputHead head) {
        checkSameShape(predictions, labels);
        double[] p = HostArrays.read(predictions);
        double[] y = HostArrays.read(labels);
        double ssRes = 0;
        for (int k = 0; k < p.length; k++) {
            double d = p[k] - y[k];
            ssRes += d * d;
        }
        double mse = ssRes / p.length;
        if (head.task() == Task.REGRESSION) {
            double ssTot = totalSumOfSquares(y, columns(labels));
            return new Scores(Double.NaN, mse, ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot);
        }
        return new Scores(accuracy(p, y, columns(labels)), mse, Double.NaN);
    }

    /** One column: threshold at 0.5; several columns: arg-max (the first of equal maxima). */
    public static double accuracy(INDArray predictions, INDArray labels) {
        checkSameShape(predictions, labels);
        return accuracy(HostArrays.read(predictions), HostArrays.read(labels), columns(labels));
    }

    private static double accuracy(double[] p, double[] y, int columns) {
        int rows = p.length / columns;
        int right = 0;
        for (int r = 0; r < rows; r++) {
            int at = r * columns;
            boolean hit = columns == 1 ? (p[at] > 0.5) == (y[at] > 0.5) : argMax(p, at, columns) == argMax(y, at, columns);
            right += hit ? 1 : 0;
        }
        return (double) right / rows;
    }

    private static int argMax(double[] values, int from, int columns) {
        int best = 0;
        for (int j = 1; j < columns; j++) {
            if (values[from + j] > values[from + best]) {
                best = j;
            }
        }
        return best;
    }

    /** Σ (y − column mean)², over every column. */
    private static double totalSumOfSquares(double[] y, int columns) {
        int rows = y.length / columns;
        double[] mean = new double[columns];
        for (int k = 0; k < y.length; k++) {
            mean[k % columns] += y[k];
        }
        for (int j = 0; j < columns; j++) {
            mean[j] /= rows;
        }
        double ss = 0;
        for (int k = 0; k < y.length; k++) {
            double d = y[k] - mean[k % columns];
            ss += d * d;
        }
        return ss;
    }

    private static int columns(INDArray a) {
        return a.rank() == 2 ? (int) a.columns() : 1;
    }

    private static void checkSameShape(INDArray predictions, INDArray labels) {
        if (predictions.rows() != labels.rows() || columns(predictions) != columns(labels)) {
            throw new IllegalArgumentException("predictions of shape " + java.util.Arrays.toString(predictions.shape())
                    + " for labels of shape " + java.util.Arrays.toString(labels.shape()) + ": expected the same shape");
        }
    }
}
