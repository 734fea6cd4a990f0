package org.activationlab.diagnostics;

import java.util.Random;
import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Validation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The curve of the network's first hidden activation ({@link ActivationCurve}): f(z) and f′(z) on a
 * grid and on samples z ~ N(0, 1) and N(shift, 1), through the layer's own DL4J activation and by hand.
 *
 * @param zMin       left end of the grid
 * @param zMax       right end of the grid
 * @param gridPoints points on the grid, zMin and zMax included
 * @param samples    size of each normal sample
 * @param shift      mean of the shifted sample
 * @param seed       seed of the samples (both start from it, so they differ only by the shift)
 */
public record CurveProbe(double zMin, double zMax, int gridPoints, int samples, double shift, long seed)
        implements Probe {

    public CurveProbe {
        Validation.require(zMin < zMax, "zMin", "less than zMax (" + zMax + ")", zMin);
        Validation.require(gridPoints >= 2, "gridPoints", "at least 2", gridPoints);
        Validation.require(samples >= 1, "samples", "at least 1", samples);
    }

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        return new AfterTraining(trained -> ActivationCurve.of(trained, this));
    }

    /** zMin, zMin + step, …, zMax as one row. */
    INDArray grid() {
        double step = (zMax - zMin) / (gridPoints - 1);
        return Nd4j.linspace(DataType.DOUBLE, zMin, step, gridPoints).reshape(1, gridPoints);
    }

    /** {@link #samples} draws of z ~ N(mean, 1) from {@link #seed}, as one row. */
    INDArray normalSample(double mean) {
        Random random = new Random(seed);
        double[] z = new double[samples];
        for (int i = 0; i < z.length; i++) {
            z[i] = mean + random.nextGaussian();
        }
        return Nd4j.create(z, new long[]{1, z.length}, DataType.DOUBLE);
    }
}
