package org.activationlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.layers.FastDenseLayer;
import org.activationlab.layers.FastMultiLayerUpdater;
import org.activationlab.io.Json;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/** Batch normalisation, dropout and the initialisation schemes: how the spec builds, names and serialises them. */
class RemediesSpecTest {

    private static NetworkSpec remedies(LayerImplementation layers) {
        return NetworkSpec.input(2).hidden(3, Activation.RELU)
                .hidden(2, 8, Activation.TANH).batchNorm().dropout(0.2)
                .output(OutputHead.binary()).weightInit(WeightInitChoice.NAIVE_NORMAL).layers(layers).build();
    }

    private static Layer conf(MultiLayerNetwork net, int i) {
        return net.getLayerWiseConfigurations().getConf(i).getLayer();
    }

    @Test
    void batchNormAndDropoutApplyToTheLatestHiddenGroup() {
        List<HiddenLayer> hidden = remedies(LayerImplementation.STOCK).hidden();
        assertFalse(hidden.get(0).batchNorm());
        assertFalse(hidden.get(0).dropsOut());
        for (HiddenLayer h : hidden.subList(1, 3)) {
            assertTrue(h.batchNorm());
            assertEquals(0.2, h.dropout());
        }
    }

    @Test
    void theReadmeNetworkHasBatchNormInTheSigmoidGroupAndDropoutAfterTheReluLayer() {
        NetworkSpec deep = NetworkSpec.input(2)
                .hidden(10, 32, Activation.SIGMOID).batchNorm()
                .hidden(64, Activation.RELU).dropout(0.5)
                .output(OutputHead.binary())
                .weightInit(WeightInitChoice.NAIVE_NORMAL)
                .build();
        assertTrue(deep.hidden().subList(0, 10).stream().allMatch(h -> h.batchNorm() && !h.dropsOut()));
        assertFalse(deep.hidden().get(10).batchNorm());
        MultiLayerNetwork net = deep.toNetwork();
        assertEquals(10 * 3 + 1 + 1, net.getnLayers());
        assertEquals(0.5, assertInstanceOf(Dropout.class, conf(net, 31).getIDropout()).getP(), 1e-15);
    }

    @Test
    void swappingTheActivationKeepsTheRemedies() {
        HiddenLayer swapped = remedies(LayerImplementation.STOCK).withHiddenActivation(Activation.SIGMOID).hidden().get(2);
        assertEquals(new HiddenLayer(8, Activation.SIGMOID, Activation.DEFAULT_LEAKY_SLOPE, true, 0.2), swapped);
    }

    @Test
    void batchNormSitsBetweenTheProductAndTheActivation() {
        MultiLayerNetwork net = remedies(LayerImplementation.STOCK).toNetwork();
        // relu dense | dense → BN → tanh | dense → BN → tanh | output
        assertEquals(8, net.getnLayers());
        assertInstanceOf(DenseLayer.class, conf(net, 0));
        for (int first : new int[] {1, 4}) {
            DenseLayer product = assertInstanceOf(DenseLayer.class, conf(net, first));
            assertInstanceOf(ActivationIdentity.class, product.getActivationFn());
            assertFalse(product.hasBias(), "β replaces the bias");
            assertInstanceOf(BatchNormalization.class, conf(net, first + 1));
            ActivationLayer f = assertInstanceOf(ActivationLayer.class, conf(net, first + 2));
            assertInstanceOf(ActivationTanH.class, f.getActivationFn());
        }
        assertInstanceOf(OutputLayer.class, conf(net, 7));
    }

    @Test
    void dropoutIsSetOnTheReadingLayerAsARetainProbability() {
        MultiLayerNetwork net = remedies(LayerImplementation.STOCK).toNetwork();
        assertNull(conf(net, 0).getIDropout(), "the input is not dropped");
        assertNull(conf(net, 1).getIDropout(), "hidden 1 (relu) has no dropout");
        assertEquals(0.8, assertInstanceOf(Dropout.class, conf(net, 4).getIDropout()).getP(), 1e-15);
        assertEquals(0.8, assertInstanceOf(Dropout.class, conf(net, 7).getIDropout()).getP(), 1e-15);
    }

    @Test
    void aNetworkWithRemediesIsBuiltFromStockLayersAndSaysSo() {
        NetworkSpec spec = remedies(LayerImplementation.FAST);
        assertEquals(LayerImplementation.STOCK, spec.layers());
        MultiLayerNetwork net = spec.toNetwork();
        for (int i = 0; i < net.getnLayers(); i++) {
            assertFalse(conf(net, i) instanceof FastDenseLayer, "layer " + i);
        }
        assertFalse(net.getUpdater() instanceof FastMultiLayerUpdater);
        assertTrue(spec.describe().contains("layers      : stock (batch norm/dropout: DL4J's own layers)"),
                spec.describe());

        NetworkSpec plain = NetworkSpec.input(2).hidden(3, Activation.RELU).output(OutputHead.binary())
                .layers(LayerImplementation.FAST).build();
        assertEquals(LayerImplementation.FAST, plain.layers());
        assertTrue(plain.describe().contains("layers      : fast\n"), plain.describe());
    }

    @Test
    void describeStatesNormalisationDropoutAndInit() {
        String text = remedies(LayerImplementation.STOCK).describe();
        assertTrue(text.contains("hidden 1    : 3 nodes, relu\n"), text);
        assertTrue(text.contains("hidden 2    : 8 nodes, batch norm, tanh, dropout 0.2\n"), text);
        assertTrue(text.contains("normalise   : batch norm before the activation, a = f(BN(x·W)) "
                + "(Ioffe & Szegedy 2015), in hidden layers 2, 3\n"), text);
        assertTrue(text.contains("dropout     : outputs dropped while training (Srivastava et al. 2014), "
                + "in hidden layers 2, 3\n"), text);
        assertTrue(text.contains("init        : naive N(0, 0.01²)\n"), text);

        String plain = NetworkSpec.input(2).hidden(3, Activation.RELU).output(OutputHead.binary()).build().describe();
        assertTrue(plain.contains("normalise   : none\n"), plain);
        assertTrue(plain.contains("dropout     : none\n"), plain);
        assertTrue(plain.contains("init        : auto (He before the ReLU-like, LeCun normal before selu, Xavier otherwise)\n"), plain);
    }

    @Test
    void parameterCountHasGammaAndBetaInPlaceOfBiases() {
        NetworkSpec spec = remedies(LayerImplementation.STOCK);
        long trained = (2 * 3 + 3) + (3 * 8 + 2 * 8) + (8 * 8 + 2 * 8) + (8 + 1);
        assertEquals(trained, spec.parameterCount());
        // DL4J also stores each BN layer's running mean and variance (not trained)
        assertEquals(trained + 2 * (2 * 8), spec.toNetwork().numParams());
    }

    @Test
    void theSpecSurvivesJsonAndEachRemedyChangesItsIdentity() throws Exception {
        NetworkSpec spec = remedies(LayerImplementation.STOCK);
        assertEquals(spec, Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(spec), NetworkSpec.class));

        String base = Json.CANONICAL.writeValueAsString(spec);
        NetworkSpec otherDropout = NetworkSpec.input(2).hidden(3, Activation.RELU)
                .hidden(2, 8, Activation.TANH).batchNorm().dropout(0.3)
                .output(OutputHead.binary()).weightInit(WeightInitChoice.NAIVE_NORMAL).build();
        assertFalse(base.equals(Json.CANONICAL.writeValueAsString(otherDropout)));
        assertFalse(base.equals(Json.CANONICAL.writeValueAsString(
                new NetworkSpec(spec.inputs(), spec.hidden(), spec.head(), WeightInitChoice.STANDARD, spec.optimizer(),
                        spec.l2(), spec.seed(), spec.dataType(), spec.layers()))));
    }

    @Test
    void aPlainLayersJsonIsUnchangedSoStoredCellsStillMatch() throws Exception {
        String json = Json.CANONICAL.writeValueAsString(new HiddenLayer(4, Activation.TANH));
        assertEquals("{\"activation\":\"TANH\",\"leaky_slope\":0.01,\"width\":4}", json);
        HiddenLayer read = Json.MAPPER.readValue(json, HiddenLayer.class);
        assertFalse(read.batchNorm());
        assertEquals(0, read.dropout());
    }
}
