package org.activationlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class ActivationMathTest {
    private static final double SLOPE = 0.01;

    /** A grid over [−6, 6] that contains the kink z = 0, plus wide random values. */
    private static INDArray inputs() {
        INDArray grid = Nd4j.linspace(DataType.DOUBLE, -6, 0.1, 121).reshape(1, 121);
        Nd4j.getRandom().setSeed(3);
        INDArray wide = Nd4j.randn(DataType.DOUBLE, 1, 500).muli(10);
        return Nd4j.hstack(grid, wide);
    }

    private static double maxDiff(INDArray a, INDArray b) {
        return Transforms.abs(a.sub(b), false).maxNumber().doubleValue();
    }

    @Test
    void handValuesAndSlopesAgreeWithDl4jToOneMillionth() {
        INDArray z = inputs();
        for (Activation a : Activation.hiddenChoices()) {
            double value = maxDiff(ActivationMath.dl4jValue(a, SLOPE, z), ActivationMath.handValue(a, SLOPE, z));
            double slope = maxDiff(ActivationMath.dl4jSlope(a, SLOPE, z), ActivationMath.handSlope(a, SLOPE, z));
            assertTrue(value <= 1e-6, a + " value differs by " + value);
            assertTrue(slope <= 1e-6, a + " slope (DL4J backprop) differs by " + slope);
        }
    }

    @Test
    void handSoftmaxAgreesWithDl4jPerRow() {
        Nd4j.getRandom().setSeed(5);
        INDArray z = Nd4j.randn(DataType.DOUBLE, 20, 4).muli(30); // large values: the max shift must prevent overflow
        INDArray hand = ActivationMath.handValue(Activation.SOFTMAX, SLOPE, z);
        assertTrue(maxDiff(ActivationMath.dl4jValue(Activation.SOFTMAX, SLOPE, z), hand) <= 1e-6);
        assertTrue(maxDiff(hand.sum(1), Nd4j.ones(DataType.DOUBLE, 20)) <= 1e-12);
    }

    @Test
    void knownValuesOfTheCurves() {
        INDArray zero = Nd4j.zeros(DataType.DOUBLE, 1, 1);
        assertEquals(0.5, ActivationMath.handValue(Activation.SIGMOID, SLOPE, zero).getDouble(0), 1e-12);
        assertEquals(0.25, ActivationMath.handSlope(Activation.SIGMOID, SLOPE, zero).getDouble(0), 1e-12);
        INDArray minusTwo = Nd4j.create(new double[][]{{-2}});
        assertEquals(-0.02, ActivationMath.handValue(Activation.LEAKY_RELU, SLOPE, minusTwo).getDouble(0), 1e-12);
        assertEquals(Math.tanh(-2), ActivationMath.handValue(Activation.TANH, SLOPE, minusTwo).getDouble(0), 1e-12);
    }

    @Test
    void inputsAreNotModified() {
        INDArray z = inputs();
        INDArray copy = z.dup();
        for (Activation a : Activation.hiddenChoices()) {
            ActivationMath.dl4jValue(a, SLOPE, z);
            ActivationMath.dl4jSlope(a, SLOPE, z);
            ActivationMath.handValue(a, SLOPE, z);
            ActivationMath.handSlope(a, SLOPE, z);
        }
        assertEquals(copy, z);
    }

    @Test
    void softmaxHasNoElementWiseSlope() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ActivationMath.handSlope(Activation.SOFTMAX, SLOPE, inputs()));
        assertTrue(e.getMessage().contains("received softmax"), e.getMessage());
    }
}
