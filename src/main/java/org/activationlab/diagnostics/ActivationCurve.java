package org.activationlab.diagnostics;

import org.activationlab.diagnostics.ManualForward.LayerActivation;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One activation's curve as a network's layer computes it, next to the same curve computed by hand
 * ({@link ActivationMath}).
 *
 * @param activation           the function the layer holds, e.g. "leakyrelu"
 * @param z                    the grid
 * @param valueDl4j            f(z) through the layer's DL4J activation, on the grid
 * @param valueHand            f(z) by hand, on the grid
 * @param slopeDl4j            f′(z) through DL4J's back-propagation, on the grid
 * @param slopeHand            f′(z) by hand, on the grid
 * @param meanOutputCentred    mean f(z) for z ~ N(0, 1)
 * @param meanOutputShifted    mean f(z) for z ~ N(shift, 1)
 * @param nonZeroSlopeFraction share of z ~ N(0, 1) where f′(z) &gt; 0
 * @param maxValueDifference   max |f_DL4J − f_hand| on the grid and the centred sample
 * @param maxSlopeDifference   max |f′_DL4J − f′_hand| on the grid and the centred sample
 */
public record ActivationCurve(String activation, double[] z, double[] valueDl4j, double[] valueHand,
                              double[] slopeDl4j, double[] slopeHand, double meanOutputCentred,
                              double meanOutputShifted, double nonZeroSlopeFraction, double maxValueDifference,
                              double maxSlopeDifference) implements Measurement {

    /** The curve of {@code network}'s first hidden layer on {@code probe}'s grid and samples. */
    static ActivationCurve of(MultiLayerNetwork network, CurveProbe probe) {
        IActivation fn = ManualForward.activationFn(network, 0);
        LayerActivation f = ManualForward.activationOf(network, 0);
        INDArray grid = probe.grid();
        INDArray centred = probe.normalSample(0);
        INDArray gridValue = ActivationMath.dl4jValue(fn, grid);
        INDArray gridSlope = ActivationMath.dl4jSlope(fn, grid);
        INDArray gridValueHand = ActivationMath.handValue(f.activation(), f.leakySlope(), grid);
        INDArray gridSlopeHand = ActivationMath.handSlope(f.activation(), f.leakySlope(), grid);
        INDArray centredValue = ActivationMath.dl4jValue(fn, centred);
        INDArray centredSlope = ActivationMath.dl4jSlope(fn, centred);
        double valueDiff = Math.max(maxAbsDiff(gridValue, gridValueHand),
                maxAbsDiff(centredValue, ActivationMath.handValue(f.activation(), f.leakySlope(), centred)));
        double slopeDiff = Math.max(maxAbsDiff(gridSlope, gridSlopeHand),
                maxAbsDiff(centredSlope, ActivationMath.handSlope(f.activation(), f.leakySlope(), centred)));
        return new ActivationCurve(f.activation().id(), grid.toDoubleVector(), gridValue.toDoubleVector(),
                gridValueHand.toDoubleVector(), gridSlope.toDoubleVector(), gridSlopeHand.toDoubleVector(),
                centredValue.meanNumber().doubleValue(),
                ActivationMath.dl4jValue(fn, probe.normalSample(probe.shift())).meanNumber().doubleValue(),
                centredSlope.gt(0).castTo(DataType.DOUBLE).meanNumber().doubleValue(), valueDiff, slopeDiff);
    }

    private static double maxAbsDiff(INDArray a, INDArray b) {
        return Transforms.abs(a.sub(b), false).maxNumber().doubleValue();
    }
}
