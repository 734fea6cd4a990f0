package org.activationlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInitRelu;
import org.deeplearning4j.nn.weights.WeightInitXavier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

class NetworkSpecTest {

    private static final java.util.Map<Activation, Class<?>> DL4J_ACTIVATION = java.util.Map.of(
            Activation.SIGMOID, ActivationSigmoid.class, Activation.TANH, ActivationTanH.class,
            Activation.RELU, ActivationReLU.class, Activation.LEAKY_RELU, ActivationLReLU.class,
            Activation.ELU, org.nd4j.linalg.activations.impl.ActivationELU.class,
            Activation.SELU, org.nd4j.linalg.activations.impl.ActivationSELU.class,
            Activation.GELU, org.nd4j.linalg.activations.impl.ActivationGELU.class,
            Activation.SWISH, org.nd4j.linalg.activations.impl.ActivationSwish.class,
            Activation.SOFTPLUS, org.nd4j.linalg.activations.impl.ActivationSoftPlus.class,
            Activation.IDENTITY, ActivationIdentity.class);

    /**
     * The scheme AUTO must pick, written out (not derived from the code under test): He (DL4J's RELU,
     * N(0, 2/fan-in)) for the ReLU family and the ReLU-like functions, LeCun normal (DL4J's NORMAL class,
     * N(0, 1/fan-in)) for SELU, Xavier otherwise.
     */
    private static final java.util.Map<Activation, Class<?>> AUTO_INIT = java.util.Map.of(
            Activation.SIGMOID, WeightInitXavier.class, Activation.TANH, WeightInitXavier.class,
            Activation.RELU, WeightInitRelu.class, Activation.LEAKY_RELU, WeightInitRelu.class,
            Activation.ELU, WeightInitRelu.class, Activation.SELU, org.deeplearning4j.nn.weights.WeightInitNormal.class,
            Activation.GELU, WeightInitRelu.class, Activation.SWISH, WeightInitRelu.class,
            Activation.SOFTPLUS, WeightInitRelu.class, Activation.IDENTITY, WeightInitXavier.class);

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void everyHiddenActivationMapsToDl4jLayers(Activation activation) {
        NetworkSpec spec = NetworkSpec.input(3).hidden(5, activation).hidden(4, activation)
                .output(OutputHead.multiClass(3)).build();
        MultiLayerNetwork net = spec.toNetwork();

        assertEquals(3, net.getnLayers());
        for (int i = 0; i < 2; i++) {
            DenseLayer layer = (DenseLayer) net.getLayer(i).conf().getLayer();
            assertInstanceOf(DL4J_ACTIVATION.get(activation), layer.getActivationFn());
            assertEquals(AUTO_INIT.get(activation), layer.getWeightInitFn().getClass(), "AUTO's scheme for " + activation);
        }
        DenseLayer first = (DenseLayer) net.getLayer(0).conf().getLayer();
        assertEquals(3, first.getNIn());
        assertEquals(5, first.getNOut());
        OutputLayer out = (OutputLayer) net.getLayer(2).conf().getLayer();
        assertEquals(4, out.getNIn());
        assertEquals(3, out.getNOut());
        assertEquals(spec.parameterCount(), net.numParams());
        if (activation == Activation.LEAKY_RELU) {
            assertEquals(0.01, ((ActivationLReLU) first.getActivationFn()).getAlpha(), 1e-12);
        }
    }

    @Test
    void headsPairActivationWithLoss() {
        OutputLayer regression = outputLayer(OutputHead.regression(2));
        assertInstanceOf(ActivationIdentity.class, regression.getActivationFn());
        assertInstanceOf(LossMSE.class, regression.getLossFn());
        assertEquals(2, regression.getNOut());

        OutputLayer binary = outputLayer(OutputHead.binary());
        assertInstanceOf(ActivationSigmoid.class, binary.getActivationFn());
        assertInstanceOf(LossBinaryXENT.class, binary.getLossFn());
        assertEquals(1, binary.getNOut());

        OutputLayer multi = outputLayer(OutputHead.multiClass(10));
        assertInstanceOf(ActivationSoftmax.class, multi.getActivationFn());
        assertInstanceOf(LossMCXENT.class, multi.getLossFn());
        assertEquals(10, multi.getNOut());
    }

    @Test
    void mismatchedHeadOnlyThroughOverride() {
        InvalidSpecException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidSpecException.class,
                () -> new OutputHead(Task.MULTICLASS, 3, Activation.SOFTMAX, Loss.MSE, false));
        assertTrue(e.getMessage().contains("softmax + multi-class cross-entropy"), e.getMessage());
        OutputLayer layer = outputLayer(OutputHead.override(Task.MULTICLASS, 3, Activation.SOFTMAX, Loss.MSE));
        assertInstanceOf(ActivationSoftmax.class, layer.getActivationFn());
        assertInstanceOf(LossMSE.class, layer.getLossFn());
    }

    @Test
    void perceptronHasNoHiddenLayerAndDepthOne() {
        NetworkSpec perceptron = NetworkSpec.input(2).output(OutputHead.binary()).build();
        assertTrue(perceptron.isPerceptron());
        assertEquals(1, perceptron.depth());
        assertFalse(perceptron.isDeep());
        assertEquals(3, perceptron.parameterCount());
        assertEquals(3, perceptron.toNetwork().numParams());
        assertEquals(1, perceptron.toNetwork().getnLayers());
    }

    @Test
    void describeSpeaksTheArticlesTerms() {
        NetworkSpec deep = NetworkSpec.input(4).hidden(8, Activation.RELU).hidden(6, Activation.TANH)
                .output(OutputHead.multiClass(3)).build();
        String text = deep.describe();
        assertTrue(text.contains("input layer : 4 nodes (passes values on; not counted in depth)"), text);
        assertTrue(text.contains("hidden 1    : 8 nodes, relu"), text);
        assertTrue(text.contains("hidden 2    : 6 nodes, tanh"), text);
        assertTrue(text.contains("depth       : 3 computing layers (2 hidden + output)"), text);
        assertTrue(text.contains("deep (C1)   : yes"), text);
        long params = 4 * 8 + 8 + 8 * 6 + 6 + 6 * 3 + 3;
        assertEquals(params, deep.parameterCount());
        assertTrue(text.contains("parameters  : " + params), text);
        assertEquals(params, deep.toNetwork().numParams());

        NetworkSpec shallow = NetworkSpec.input(4).hidden(8, Activation.RELU).output(OutputHead.regression(1)).build();
        assertTrue(shallow.describe().contains("deep (C1)   : no"), shallow.describe());
    }

    /** Ten and more hidden layers, 1- and 3-digit widths, batch norm and dropout: labels and node counts stay in columns. */
    @Test
    void describeKeepsItsColumnsAligned() {
        String text = NetworkSpec.input(4).hidden(9, 3, Activation.SIGMOID).hidden(2, 100, Activation.RELU).batchNorm()
                .dropout(0.2).output(OutputHead.multiClass(3)).build().describe();
        String[] lines = text.split("\n");
        int colon = lines[0].indexOf(" : ") + 1;
        for (String line : lines) {
            assertEquals(colon, line.indexOf(": "), "label column: " + line + "\n" + text);
        }
        int nodes = -1;
        for (String line : lines) {
            if (line.startsWith("hidden ") || line.startsWith("output layer")) {
                nodes = nodes < 0 ? line.indexOf(" node") : nodes;
                assertEquals(nodes, line.indexOf(" node"), "count column: " + line + "\n" + text);
            }
        }
        assertTrue(text.contains("hidden 10   : 100 nodes, batch norm, relu, dropout 0.2"), text);
        assertTrue(text.contains("hidden 1    :   3 nodes, sigmoid"), text);
    }

    @Test
    void describeSaysWhichInitialWeightsEachLayerGets() {
        String auto = NetworkSpec.input(4).hidden(8, Activation.SELU).hidden(6, Activation.GELU)
                .output(OutputHead.binary()).build().describe();
        assertTrue(auto.contains("hidden 1    : 8 nodes, selu; weights lecun normal N(0, 1/fan-in), auto for selu"), auto);
        assertTrue(auto.contains("hidden 2    : 6 nodes, gelu; weights he N(0, 2/fan-in), auto for gelu"), auto);
        assertTrue(auto.contains("; weights xavier N(0, 2/(fan-in + fan-out)), auto for sigmoid"), auto);
        String fixed = NetworkSpec.input(4).hidden(8, Activation.SELU).output(OutputHead.binary())
                .weightInit(WeightInitChoice.HE).build().describe();
        assertTrue(fixed.contains("hidden 1    : 8 nodes, selu\n") && fixed.contains("init        : he N(0, 2/fan-in)\n"),
                fixed);
    }

    /** LeCun-normal weights, AUTO's choice for SELU, keep its outputs near mean 0 and variance 1 through depth. */
    @Test
    void seluWithItsAutoInitialisationKeepsUnitVarianceThroughDepth() {
        int width = 200;
        Nd4j.getRandom().setSeed(4);
        INDArray x = Nd4j.randn(DataType.DOUBLE, 500, width);
        INDArray auto = lastHiddenOutput(WeightInitChoice.AUTO, width, x);
        assertEquals(0.0, auto.meanNumber().doubleValue(), 0.15, "mean after 8 SELU layers");
        assertEquals(1.0, auto.stdNumber().doubleValue(), 0.15, "std after 8 SELU layers");
        double he = lastHiddenOutput(WeightInitChoice.HE, width, x).stdNumber().doubleValue();
        assertTrue(he > 2, "He weights (twice the variance) blow SELU's scale up instead: std " + he);
    }

    private static INDArray lastHiddenOutput(WeightInitChoice init, int width, INDArray x) {
        MultiLayerNetwork net = NetworkSpec.input(width).hidden(8, width, Activation.SELU)
                .output(OutputHead.regression(1)).weightInit(init).dataType(DataType.DOUBLE).seed(3).build()
                .toNetwork();
        return net.feedForward(x, false).get(8); // index 0 is the input, 8 the last SELU layer
    }

    @Test
    void withHiddenActivationChangesOnlyTheActivation() {
        NetworkSpec base = NetworkSpec.input(2).hidden(2, 3, Activation.SIGMOID).output(OutputHead.binary()).seed(7).build();
        NetworkSpec relu = base.withHiddenActivation(Activation.RELU);
        assertEquals(base.seed(), relu.seed());
        assertEquals(base.parameterCount(), relu.parameterCount());
        assertTrue(relu.hidden().stream().allMatch(h -> h.activation() == Activation.RELU));
    }

    private static OutputLayer outputLayer(OutputHead head) {
        MultiLayerNetwork net = NetworkSpec.input(2).hidden(3, Activation.TANH).output(head).build().toNetwork();
        return (OutputLayer) net.getLayer(net.getnLayers() - 1).conf().getLayer();
    }
}
