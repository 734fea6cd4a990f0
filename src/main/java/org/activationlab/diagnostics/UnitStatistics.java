package org.activationlab.diagnostics;

import org.activationlab.network.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What the units of one layer do over a set of examples.
 *
 * @param layer             0-based index of the computing layer
 * @param activation        its activation function
 * @param mean              mean activation a = f(z)
 * @param std               standard deviation of the activations
 * @param saturatedFraction share of activations on a flat part of the curve (see {@link #isSaturated})
 * @param positiveFraction  share of pre-activations with z &gt; 0
 * @param deadFraction      share of units with z ≤ 0 for every example: a ReLU unit there passes no
 *                          signal forward and gets no gradient back
 * @param deadUnits         number of such units
 * @param units             units in the layer
 */
public record UnitStatistics(int layer, String activation, double mean, double std, double saturatedFraction,
                             double positiveFraction, double deadFraction, int deadUnits, int units) {

    /** Sigmoid outputs below this or above 1 − this count as saturated (slope &lt; 0.048). */
    public static final double SIGMOID_MARGIN = 0.05;
    /** Tanh outputs with |a| above this count as saturated (slope &lt; 0.098). */
    public static final double TANH_LIMIT = 0.95;
    /** Below this |f′(z)| the modern activations (ELU … softplus) count as saturated, about sigmoid's bound. */
    public static final double FLAT_SLOPE = 0.05;

    /** Statistics of one layer of a hand-computed pass. */
    public static UnitStatistics of(ManualForward.LayerStep step) {
        INDArray z = step.z();
        INDArray a = step.a();
        long n = a.length();
        int units = (int) z.columns();
        // A unit is dead when even its largest pre-activation over all examples is ≤ 0.
        int dead = z.max(0).lte(0).castTo(DataType.INT32).sumNumber().intValue();
        double positive = count(z.gt(0)) / n;
        double saturated = count(isSaturated(step.activation().activation(), z, a)) / n;
        return new UnitStatistics(step.layer(), step.activation().toString(), a.meanNumber().doubleValue(),
                a.stdNumber().doubleValue(), saturated, positive, dead / (double) units, dead, units);
    }

    /**
     * Where the slope is (nearly) flat: sigmoid a &lt; 0.05 or a &gt; 0.95; tanh |a| &gt; 0.95; ReLU z ≤ 0
     * (slope 0); leaky ReLU z ≤ 0 (slope α ≪ 1); ELU, SELU, GELU, Swish and softplus |f′(z)| &lt; 0.05
     * (their left tails, z below about −3); never for identity.
     */
    static INDArray isSaturated(Activation activation, INDArray z, INDArray a) {
        return switch (activation) {
            case SIGMOID -> Transforms.abs(a.sub(0.5), false).gt(0.5 - SIGMOID_MARGIN);
            case TANH -> Transforms.abs(a, true).gt(TANH_LIMIT);
            case RELU, LEAKY_RELU -> z.lte(0);
            case ELU, SELU, GELU, SWISH, SOFTPLUS -> Transforms.abs(ActivationMath.dl4jSlope(activation, 0, z), false)
                    .lt(FLAT_SLOPE);
            case IDENTITY, SOFTMAX -> Nd4j.zeros(DataType.BOOL, a.shape());
        };
    }

    private static double count(INDArray mask) {
        return mask.castTo(DataType.DOUBLE).sumNumber().doubleValue();
    }
}
