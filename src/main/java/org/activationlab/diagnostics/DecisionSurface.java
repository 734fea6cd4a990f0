package org.activationlab.diagnostics;

import org.activationlab.data.Dataset;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained binary classifier's P(class 1) on a {@link #STEPS}² grid covering a 2-D dataset's
 * training points: the numbers behind a TensorFlow-Playground decision-boundary chart.
 *
 * @param xs     grid x positions (first input), ascending
 * @param ys     grid y positions (second input), ascending
 * @param values {@code values[i][j]} = P(class 1) at (xs[j], ys[i])
 */
public record DecisionSurface(double[] xs, double[] ys, double[][] values) implements Measurement {
    /** Grid points per axis: smooth enough once the report interpolates, cheap to evaluate (60² rows). */
    public static final int STEPS = 60;
    /** Margin around the data, as a share of its extent, so points do not sit on the chart's edge. */
    private static final double MARGIN = 0.25;

    /**
     * Evaluates {@code network} on the grid over the training points of {@code data}.
     *
     * @param network a network with 2 inputs and either 1 sigmoid or 2 softmax outputs
     * @param data    a 2-D classification dataset
     */
    public static DecisionSurface of(MultiLayerNetwork network, Dataset data) {
        INDArray features = data.train().getFeatures();
        if (features.columns() != 2) {
            throw new IllegalArgumentException("decision grid: expected a dataset with 2 features, received "
                    + features.columns() + " (dataset '" + data.name() + "')");
        }
        double[] xs = axis(features.getColumn(0));
        double[] ys = axis(features.getColumn(1));
        double[][] grid = new double[STEPS * STEPS][];
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < STEPS; j++) {
                grid[i * STEPS + j] = new double[]{xs[j], ys[i]};
            }
        }
        INDArray out = network.output(Nd4j.create(grid).castTo(features.dataType()), false);
        if (out.columns() > 2) {
            throw new IllegalArgumentException("decision grid: expected a binary classifier (1 sigmoid or 2 softmax "
                    + "outputs), received " + out.columns() + " outputs");
        }
        INDArray p1 = out.getColumn(out.columns() - 1); // P(class 1) for either head
        double[][] values = new double[STEPS][STEPS];
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < STEPS; j++) {
                values[i][j] = p1.getDouble((long) i * STEPS + j);
            }
        }
        return new DecisionSurface(xs, ys, values);
    }

    private static double[] axis(INDArray column) {
        double min = column.minNumber().doubleValue();
        double max = column.maxNumber().doubleValue();
        double pad = MARGIN * Math.max(max - min, 1e-6);
        double[] axis = new double[STEPS];
        for (int k = 0; k < STEPS; k++) {
            axis[k] = min - pad + (max - min + 2 * pad) * k / (STEPS - 1);
        }
        return axis;
    }
}
