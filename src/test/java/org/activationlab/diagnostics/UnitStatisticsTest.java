package org.activationlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class UnitStatisticsTest {

    /**
     * 2 inputs → 3 ReLU units → 1 output, with weights set by hand. On inputs (1,1), (2,0), (0,3):
     * unit 1 (w = (1, 1), b = 0) has z = 2, 2, 3: always on;
     * unit 2 (w = (−1, −1), b = −0.1) has z = −2.1, −2.1, −3.1: dead;
     * unit 3 (w = (1, −1), b = 0) has z = 0, 2, −3: on for one example only (z = 0 is not positive).
     */
    private static MultiLayerNetwork handBuilt() {
        MultiLayerNetwork net = NetworkSpec.input(2).hidden(3, Activation.RELU).output(OutputHead.regression(1))
                .dataType(DataType.DOUBLE).build().toNetwork();
        net.getLayer(0).setParam("W", Nd4j.create(new double[][]{{1, -1, 1}, {1, -1, -1}}));
        net.getLayer(0).setParam("b", Nd4j.create(new double[][]{{0, -0.1, 0}}));
        return net;
    }

    @Test
    void countsDeadUnitsAndPositivePreActivationsOnKnownWeights() {
        var x = Nd4j.create(new double[][]{{1, 1}, {2, 0}, {0, 3}});
        ManualForward.Trace trace = ManualForward.run(handBuilt(), x);
        UnitStatistics s = UnitStatistics.of(trace.hidden().get(0));
        assertEquals(1, s.deadUnits());
        assertEquals(3, s.units());
        assertEquals(1 / 3.0, s.deadFraction(), 1e-12);
        assertEquals(4 / 9.0, s.positiveFraction(), 1e-12);
        // ReLU's flat part is z ≤ 0: unit 2 three times, unit 3 twice.
        assertEquals(5 / 9.0, s.saturatedFraction(), 1e-12);
        // a = (2, 0, 0), (2, 0, 2), (3, 0, 0): mean 1.
        assertEquals(1.0, s.mean(), 1e-12);
    }

    @Test
    void sigmoidAndTanhSaturationUseTheFlatEnds() {
        var z = Nd4j.create(new double[][]{{-5, -1, 0, 1, 5}});
        var sigmoid = new ManualForward.LayerStep(0, new ManualForward.LayerActivation(Activation.SIGMOID, 0.01), z,
                ActivationMath.handValue(Activation.SIGMOID, 0.01, z));
        var tanh = new ManualForward.LayerStep(0, new ManualForward.LayerActivation(Activation.TANH, 0.01), z,
                ActivationMath.handValue(Activation.TANH, 0.01, z));
        // σ(±5) is 0.0067 / 0.9933: saturated; σ(±1) is not. tanh(±5) ≈ ±0.9999 saturated, tanh(±1) = ±0.76 not.
        assertEquals(2 / 5.0, UnitStatistics.of(sigmoid).saturatedFraction(), 1e-12);
        assertEquals(2 / 5.0, UnitStatistics.of(tanh).saturatedFraction(), 1e-12);
    }
}
