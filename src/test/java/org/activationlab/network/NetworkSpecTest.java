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
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

class NetworkSpecTest {

    private static final java.util.Map<Activation, Class<?>> DL4J_ACTIVATION = java.util.Map.of(
            Activation.SIGMOID, ActivationSigmoid.class, Activation.TANH, ActivationTanH.class,
            Activation.RELU, ActivationReLU.class, Activation.LEAKY_RELU, ActivationLReLU.class,
            Activation.IDENTITY, ActivationIdentity.class);

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
            Class<?> expectedInit = activation.isReluFamily() ? WeightInitRelu.class : WeightInitXavier.class;
            assertEquals(expectedInit, layer.getWeightInitFn().getClass(), "He for ReLU family, Xavier otherwise");
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
