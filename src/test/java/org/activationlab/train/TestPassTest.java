package org.activationlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.Loss;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class TestPassTest {
    private static final int INPUTS = 4;

    /** The article's heads, two deliberately mismatched ones, each with both layer implementations. */
    static Stream<Arguments> headsAndLayers() {
        List<OutputHead> heads = List.of(OutputHead.regression(2), OutputHead.binary(), OutputHead.multiClass(3),
                OutputHead.override(Task.MULTICLASS, 3, Activation.SOFTMAX, Loss.MSE),
                OutputHead.override(Task.BINARY, 1, Activation.SIGMOID, Loss.MSE));
        return heads.stream().flatMap(h -> Stream.of(LayerImplementation.values()).map(l -> Arguments.of(h, l)));
    }

    @ParameterizedTest
    @MethodSource("headsAndLayers")
    void oneForwardPassGivesOutputAndScoreBitForBitWithL2(OutputHead head, LayerImplementation layers) {
        NetworkSpec spec = NetworkSpec.input(INPUTS).hidden(6, Activation.TANH).hidden(5, Activation.RELU).output(head)
                .optimizer(Optimizer.adam(0.05)).l2(1e-2).seed(3).layers(layers).build();
        MultiLayerNetwork net = trained(spec);
        assertTrue(net.calcRegularizationScore(true) > 0, "the L2 term is part of the loss compared");
        assertSameAsOutputAndScore(net, head);
    }

    @ParameterizedTest
    @MethodSource("headsAndLayers")
    void samePerceptronWithoutHiddenLayer(OutputHead head, LayerImplementation layers) {
        NetworkSpec spec = NetworkSpec.input(INPUTS).output(head).optimizer(Optimizer.sgd(0.1)).l2(1e-3).seed(5)
                .layers(layers).build();
        assertSameAsOutputAndScore(trained(spec), head);
    }

    @ParameterizedTest
    @MethodSource("headsAndLayers")
    void sameWithBatchNormAndDropoutInTestMode(OutputHead head, LayerImplementation layers) {
        NetworkSpec spec = NetworkSpec.input(INPUTS).hidden(6, Activation.SIGMOID).batchNorm().dropout(0.3)
                .hidden(5, Activation.ELU).output(head).optimizer(Optimizer.adam(0.02)).seed(9).layers(layers).build();
        assertSameAsOutputAndScore(trained(spec), head);
    }

    /** Layers too big for the Java path: ND4J's arrays, in the pass's reused workspace, give the same bits. */
    @ParameterizedTest
    @MethodSource("headsAndLayers")
    void sameForNd4jSizedLayersPassAfterPass(OutputHead head, LayerImplementation layers) {
        NetworkSpec spec = NetworkSpec.input(64).hidden(300, Activation.TANH).hidden(200, Activation.RELU).output(head)
                .optimizer(Optimizer.adam(0.01)).seed(4).layers(layers).build();
        MultiLayerNetwork net = spec.toNetwork();
        Nd4j.getRandom().setSeed(8);
        INDArray x = Nd4j.rand(DataType.FLOAT, 120, 64).muli(2).subi(1);
        INDArray labels = data(head, 120, 8).getLabels();
        DataSet test = new DataSet(x, labels);
        for (int rows : List.of(120, 40, 120)) { // smaller and bigger passes through the same workspace
            DataSet part = rows == 120 ? test : new DataSet(x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()).dup(),
                    labels.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()).dup());
            TestPass pass = TestPass.of(net, part.getFeatures(), part.getLabels());
            assertEquals(Double.doubleToLongBits(net.score(part, false)), Double.doubleToLongBits(pass.loss()), "loss, " + rows + " rows");
            assertEquals(net.output(part.getFeatures(), false), pass.predictions(), "predictions, " + rows + " rows");
            assertTrue(!pass.predictions().isAttached(), "the predictions outlive the pass's workspace");
        }
    }

    private static void assertSameAsOutputAndScore(MultiLayerNetwork net, OutputHead head) {
        DataSet test = data(head, 40, 21);
        double expectedLoss = net.score(test, false);
        INDArray expectedOutput = net.output(test.getFeatures(), false);

        TestPass pass = TestPass.of(net, test.getFeatures(), test.getLabels());

        assertEquals(Double.doubleToLongBits(expectedLoss), Double.doubleToLongBits(pass.loss()),
                () -> "loss " + pass.loss() + " vs score() " + expectedLoss);
        assertEquals(expectedOutput, pass.predictions());
        assertEquals(List.of(expectedOutput.shape()[0], expectedOutput.shape()[1]),
                List.of(pass.predictions().shape()[0], pass.predictions().shape()[1]));
        assertEquals(expectedLoss, TestPass.of(net, test.getFeatures(), test.getLabels()).loss(), 0.0,
                "a second pass on the same network gives the same loss: no state left behind");
    }

    /** A network after a few steps, so the weights and the L2 term are not the initial ones. */
    private static MultiLayerNetwork trained(NetworkSpec spec) {
        MultiLayerNetwork net = spec.toNetwork();
        DataSet train = data(spec.head(), 32, 11);
        for (int i = 0; i < 5; i++) {
            net.fit(train);
        }
        return net;
    }

    private static DataSet data(OutputHead head, int rows, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.rand(DataType.FLOAT, rows, INPUTS).muli(2).subi(1);
        INDArray y;
        if (head.task() == Task.REGRESSION) {
            y = Nd4j.randn(DataType.FLOAT, rows, head.units());
        } else {
            y = Nd4j.zeros(DataType.FLOAT, rows, head.units());
            INDArray pick = Nd4j.rand(DataType.DOUBLE, rows, 1);
            for (int r = 0; r < rows; r++) {
                double p = pick.getDouble(r, 0);
                if (head.units() == 1) {
                    y.putScalar(r, 0, p < 0.5 ? 0 : 1);
                } else {
                    y.putScalar(r, (int) (p * head.units()), 1.0);
                }
            }
        }
        return new DataSet(x, y);
    }
}
