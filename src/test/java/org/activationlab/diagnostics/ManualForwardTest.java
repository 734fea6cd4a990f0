package org.activationlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.data.XorPoints;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class ManualForwardTest {

    private static double maxDiff(INDArray byHand, INDArray byDl4j) {
        return Transforms.abs(byHand.sub(byDl4j.castTo(DataType.DOUBLE)), false).maxNumber().doubleValue();
    }

    @Test
    void handPassOfATrainedNetworkEqualsNetworkOutputToOneHundredThousandth() {
        NetworkSpec spec = NetworkSpec.input(2).hidden(8, Activation.TANH).hidden(8, Activation.LEAKY_RELU)
                .hidden(8, Activation.SIGMOID).output(OutputHead.multiClass(2)).optimizer(Optimizer.adam(0.05))
                .seed(11).build();
        MultiLayerNetwork net = Trainer.train(spec, XorPoints.dataset(), new TrainingSettings(100, 4, 100)).network();
        Nd4j.getRandom().setSeed(1);
        INDArray x = Nd4j.rand(DataType.FLOAT, 50, 2).muli(3).subi(1);
        ManualForward.Trace trace = ManualForward.run(net, x);
        assertTrue(maxDiff(trace.output(), net.output(x, false)) <= 1e-5);
        // Every hidden layer matches DL4J's own feedForward too, not just the output.
        var dl4jActivations = net.feedForward(x, false);
        for (ManualForward.LayerStep step : trace.steps()) {
            assertTrue(maxDiff(step.a(), dl4jActivations.get(step.layer() + 1)) <= 1e-5, "layer " + step.layer());
        }
        assertEquals(3, trace.hidden().size());
    }

    @Test
    void batchNormalisedLayersAreEvaluatedWithTheirRunningStatistics() {
        NetworkSpec spec = NetworkSpec.input(2).hidden(2, 8, Activation.TANH).batchNorm().hidden(6, Activation.RELU)
                .output(OutputHead.multiClass(2)).optimizer(Optimizer.adam(0.05)).seed(4).dataType(DataType.DOUBLE).build();
        MultiLayerNetwork net = Trainer.train(spec, XorPoints.dataset(), new TrainingSettings(30, 2, 30)).network();
        Nd4j.getRandom().setSeed(2);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 50, 2).muli(3).subi(1);
        ManualForward.Trace trace = ManualForward.run(net, x);
        assertEquals(3, trace.hidden().size(), "dense → BN → tanh counts as one hidden layer");
        assertEquals(Activation.TANH, trace.hidden().get(0).activation().activation());
        double diff = maxDiff(trace.output(), net.output(x, false));
        assertTrue(diff <= 1e-12, "hand pass vs DL4J, in double precision: " + diff);
        // the statistics moved away from their initial (0, 1) while training, so the test above means something
        assertTrue(net.getLayer(1).getParam("mean").amaxNumber().doubleValue() > 1e-3);
    }

    @Test
    void readsEachLayersActivationFromTheConfiguration() {
        MultiLayerNetwork net = NetworkSpec.input(2).hidden(3, Activation.RELU).hidden(3, Activation.LEAKY_RELU)
                .output(OutputHead.binary()).build().toNetwork();
        assertEquals(Activation.RELU, ManualForward.activationOf(net, 0).activation());
        assertEquals(Activation.LEAKY_RELU, ManualForward.activationOf(net, 1).activation());
        assertEquals(0.01, ManualForward.activationOf(net, 1).leakySlope(), 1e-12);
        assertEquals(Activation.SIGMOID, ManualForward.activationOf(net, 2).activation());
        String code = String.join("\n", ManualForward.codePath(net));
        assertTrue(code.contains("z3 = a2.mmul(W3).addRowVector(b3)"), code);
        assertTrue(code.contains("a3 = 1 / (1 + Transforms.exp(-z3))"), code);
    }
}
