package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.data.Dataset;
import org.activationlab.diagnostics.DecisionSurface;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained binary classifier's P(class 1) over a grid covering a 2-D dataset, with the data points:
 * the content of a TensorFlow-Playground decision-boundary chart.
 */
public final class DecisionGrid {
    /** Grid points per axis ({@link DecisionSurface#STEPS}). */
    public static final int STEPS = DecisionSurface.STEPS;

    private DecisionGrid() {
    }

    /**
     * Evaluates {@code network} on a {@link #STEPS}² grid over the training points of {@code data}.
     *
     * @param network a network with 2 inputs and either 1 sigmoid or 2 softmax outputs
     * @param data    a 2-D classification dataset (one-hot labels); its points are drawn over the grid
     */
    public static Figure.Heatmap of(MultiLayerNetwork network, Dataset data) {
        return heatmap(DecisionSurface.of(network, data), data);
    }

    /** A surface measured during training (e.g. in a sweep cell), with {@code data}'s points drawn over it. */
    public static Figure.Heatmap heatmap(DecisionSurface surface, Dataset data) {
        return new Figure.Heatmap(surface.xs(), surface.ys(), surface.values(), pointsByClass(data));
    }

    /** One point series per class, named by the dataset's class names, in class order. */
    private static List<Figure.Series> pointsByClass(Dataset data) {
        INDArray x = data.train().getFeatures();
        INDArray labels = data.train().getLabels().argMax(1);
        List<Figure.Series> series = new ArrayList<>();
        for (int c = 0; c < data.classNames().size(); c++) {
            List<double[]> members = new ArrayList<>();
            for (long r = 0; r < x.rows(); r++) {
                if (labels.getLong(r) == c) {
                    members.add(new double[]{x.getDouble(r, 0), x.getDouble(r, 1)});
                }
            }
            series.add(new Figure.Series(data.classNames().get(c), members.stream().mapToDouble(p -> p[0]).toArray(),
                    members.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return series;
    }
}
