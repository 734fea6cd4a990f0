package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The FAST layers against DL4J's stock DenseLayer/OutputLayer: same parameters, outputs, gradients,
 * scores and training, for every hidden activation and every output head.
 */
class FastLayersMatchStockTest {

    /** Double precision: the two implementations may only differ by summation order. */
    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("org.activationlab.layers.SmallProblems#everyActivationAndHead")
    void sameOutputsGradientsAndAdamStepsInDouble(Activation activation, OutputHead head) {
        MultiLayerNetwork stock = net(activation, head, LayerImplementation.STOCK);
        MultiLayerNetwork fast = net(activation, head, LayerImplementation.FAST);
        DataSet d = SmallProblems.data(head, 8, 3, DataType.DOUBLE);
        INDArray x = d.getFeatures();
        INDArray y = SmallProblems.labelsFor(d, head);

        assertEquals(stock.params(), fast.params(), "same seed, same initial weights");
        assertClose(stock.output(x, false), fast.output(x, false), 1e-12, "inference output");
        assertClose(stock.output(x, true), fast.output(x, true), 1e-12, "training-mode output");

        for (MultiLayerNetwork net : List.of(stock, fast)) {
            net.setInput(x);
            net.setLabels(y);
            net.computeGradientAndScore();
        }
        assertEquals(stock.score(), fast.score(), 1e-12 * (1 + Math.abs(stock.score())), "score");
        assertClose(stock.gradient().gradient(), fast.gradient().gradient(), 1e-11, "gradient");
        assertTrue(stock.gradient().gradient().norm2Number().doubleValue() > 1e-6, "a real gradient was compared");

        for (int step = 0; step < 5; step++) {
            stock.fit(x, y);
            fast.fit(x, y);
        }
        assertClose(stock.params(), fast.params(), 1e-10, "parameters after 5 Adam steps");
        assertEquals(stock.score(new DataSet(x, y), false), fast.score(new DataSet(x, y), false), 1e-10, "score after training");
    }

    /** Float precision through the project's Trainer: the same curve, epoch by epoch. */
    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("org.activationlab.layers.SmallProblems#everyActivationAndHead")
    void sameTrainingCurveInFloat(Activation activation, OutputHead head) {
        var data = SmallProblems.dataset(head, DataType.FLOAT);
        TrainingSettings settings = new TrainingSettings(3, 8);
        NetworkSpec spec = SmallProblems.spec(activation, head, Optimizer.adam(0.05), DataType.FLOAT,
                LayerImplementation.STOCK);
        TrainingRun stock = Trainer.train(spec, data, settings);
        TrainingRun fast = Trainer.train(spec.withLayers(LayerImplementation.FAST), data, settings);

        assertEquals(stock.history().epochs().size(), fast.history().epochs().size());
        for (int i = 0; i < stock.history().epochs().size(); i++) {
            EpochMetrics s = stock.history().epochs().get(i);
            EpochMetrics f = fast.history().epochs().get(i);
            assertEquals(s.trainLoss(), f.trainLoss(), 1e-4 * (1 + Math.abs(s.trainLoss())), "train loss, epoch " + i);
            assertEquals(s.testLoss(), f.testLoss(), 1e-4 * (1 + Math.abs(s.testLoss())), "test loss, epoch " + i);
            assertEquals(s.testMse(), f.testMse(), 1e-4, "test MSE, epoch " + i);
        }
        assertTrue(spec.toNetwork().params().distance2(stock.network().params()) > 1e-3, "training moved the weights");
        assertClose(stock.network().params(), fast.network().params(), 1e-4, "final parameters");
    }

    @Test
    void fastSpecBuildsFastLayersAndSkipsOnlyTheFirstInputGradient() {
        MultiLayerNetwork net = net(Activation.TANH, OutputHead.binary(), LayerImplementation.FAST);
        FastDenseLayer first = assertInstanceOf(FastDenseLayer.class, net.getLayer(0).conf().getLayer());
        FastDenseLayer second = assertInstanceOf(FastDenseLayer.class, net.getLayer(1).conf().getLayer());
        FastOutputLayer out = assertInstanceOf(FastOutputLayer.class, net.getLayer(2).conf().getLayer());
        assertEquals(List.of(false, true, true), List.of(first.isInputGradient(), second.isInputGradient(),
                out.isInputGradient()));
        assertInstanceOf(DenseLayer.class, first, "code that inspects layers still sees a DenseLayer");
        assertInstanceOf(OutputLayer.class, out, "and an OutputLayer");

        DataSet d = SmallProblems.data(OutputHead.binary(), 4, 5, DataType.DOUBLE);
        net.setInput(d.getFeatures());
        net.setLabels(SmallProblems.labelsFor(d, OutputHead.binary()));
        net.computeGradientAndScore(); // sets up the gradient views the layers write into
        LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
        INDArray hiddenActivation = net.getLayer(0).activate(d.getFeatures(), true, noWorkspaces);
        assertNull(net.getLayer(0).backpropGradient(Nd4j.ones(DataType.DOUBLE, 4, 5), noWorkspaces).getSecond(),
                "the first layer returns no input gradient");
        net.getLayer(1).activate(hiddenActivation, true, noWorkspaces);
        INDArray epsilon = net.getLayer(1).backpropGradient(Nd4j.ones(DataType.DOUBLE, 4, 4), noWorkspaces).getSecond();
        assertArrayEquals(new long[]{4, 5}, epsilon.shape(), "a middle layer passes dL/d(input) down");

        MultiLayerNetwork perceptron = NetworkSpec.input(3).output(OutputHead.binary())
                .layers(LayerImplementation.FAST).build().toNetwork();
        assertEquals(false, ((FastOutputLayer) perceptron.getLayer(0).conf().getLayer()).isInputGradient());
    }

    @Test
    void configurationSurvivesJsonRoundTrip() {
        MultiLayerNetwork net = net(Activation.LEAKY_RELU, OutputHead.multiClass(3), LayerImplementation.FAST);
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
        MultiLayerNetwork rebuilt = new MultiLayerNetwork(back);
        rebuilt.init(net.params().dup(), false);
        INDArray x = SmallProblems.data(OutputHead.multiClass(3), 4, 9, DataType.DOUBLE).getFeatures();
        assertClose(net.output(x), rebuilt.output(x), 0, "same network after JSON");
    }

    @Test
    void refusesDropoutAndLayerNormInsteadOfIgnoringThem() {
        assertRefused(new FastDenseLayer.Builder().nIn(2).nOut(3).dropOut(0.5).build(), "dropout");
        FastDenseLayer layerNorm = new FastDenseLayer.Builder().nIn(2).nOut(3).build();
        layerNorm.setHasLayerNorm(true);
        assertRefused(layerNorm, "layer norm");
    }

    private static void assertRefused(FastDenseLayer hidden, String feature) {
        var conf = new NeuralNetConfiguration.Builder().list()
                .layer(hidden)
                .layer(new FastOutputLayer.Builder(LossFunction.MSE).nIn(3).nOut(1)
                        .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build())
                .build();
        var e = assertThrows(IllegalArgumentException.class, () -> new MultiLayerNetwork(conf).init());
        assertTrue(e.getMessage().contains(feature) && e.getMessage().contains("STOCK"), e.getMessage());
    }

    private static MultiLayerNetwork net(Activation activation, OutputHead head, LayerImplementation layers) {
        return SmallProblems.specWithL2(activation, head, Optimizer.adam(0.05), DataType.DOUBLE, layers).toNetwork();
    }

    /** max |a − b| ≤ tol · (1 + max |a|). */
    static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        assertEquals(List.of(expected.shape().length, expected.length()), List.of(actual.shape().length, actual.length()), what);
        double diff = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        double scale = 1 + expected.amaxNumber().doubleValue();
        assertTrue(diff <= tolerance * scale, what + ": max difference " + diff + " > " + tolerance * scale);
    }
}
