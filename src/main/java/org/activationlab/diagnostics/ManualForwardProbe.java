package org.activationlab.diagnostics;

import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Validation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The trained network's output recomputed by hand ({@link ManualForward}) and compared with
 * {@code network.output(x)} on a grid over [−0.5, 1.5]² and the training inputs ({@link ManualForwardCheck}).
 *
 * @param gridSide the grid has gridSide × gridSide points
 */
public record ManualForwardProbe(int gridSide) implements Probe {

    public ManualForwardProbe {
        Validation.require(gridSide >= 2, "gridSide", "at least 2", gridSide);
    }

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        return new AfterTraining(trained -> {
            INDArray grid = grid(gridSide);
            INDArray x = Nd4j.vstack(grid, data.train().getFeatures().castTo(grid.dataType()));
            INDArray byHand = ManualForward.run(trained, x).output();
            INDArray byDl4j = trained.output(x, false).castTo(DataType.DOUBLE);
            double difference = Transforms.abs(byHand.sub(byDl4j), false).maxNumber().doubleValue();
            return new ManualForwardCheck((int) x.rows(), difference, ManualForward.codePath(trained));
        });
    }

    /** A side × side grid over [−0.5, 1.5]², one point per row. */
    static INDArray grid(int side) {
        float[][] points = new float[side * side][];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                points[i * side + j] = new float[]{-0.5f + 2f * i / (side - 1), -0.5f + 2f * j / (side - 1)};
            }
        }
        return Nd4j.create(points);
    }
}
