package org.activationlab.train;

import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Quality of predictions against labels.
 *
 * @param accuracy fraction classified right (NaN for regression)
 * @param mse      mean squared error over all outputs
 * @param r2       coefficient of determination 1 − SS_res / SS_tot (NaN for classification)
 */
public record Scores(double accuracy, double mse, double r2) {

    /** Scores {@code predictions} (network outputs) against {@code labels} shaped for {@code head}. */
    public static Scores of(INDArray predictions, INDArray labels, OutputHead head) {
        INDArray squaredError = predictions.sub(labels);
        squaredError.muli(squaredError);
        double mse = squaredError.meanNumber().doubleValue();
        if (head.task() == Task.REGRESSION) {
            INDArray centred = labels.subRowVector(labels.mean(0));
            double ssTot = centred.mul(centred).sumNumber().doubleValue();
            double ssRes = squaredError.sumNumber().doubleValue();
            return new Scores(Double.NaN, mse, ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot);
        }
        return new Scores(accuracy(predictions, labels), mse, Double.NaN);
    }

    /** One column: threshold at 0.5; several columns: arg-max. */
    public static double accuracy(INDArray predictions, INDArray labels) {
        long n = labels.rows();
        if (labels.columns() == 1) {
            INDArray predicted = predictions.gt(0.5);
            INDArray actual = labels.gt(0.5);
            return predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).sumNumber().doubleValue() / n;
        }
        INDArray predicted = predictions.argMax(1);
        INDArray actual = labels.argMax(1);
        return predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).sumNumber().doubleValue() / n;
    }
}
