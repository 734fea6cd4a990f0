package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** {@link FastMultiLayerUpdater} does exactly what DL4J's updater does, without the per-step views. */
class FastMultiLayerUpdaterTest {

    private static final OutputHead HEAD = OutputHead.multiClass(3);

    @Test
    void fastNetworksGetItAndStockNetworksDoNot() {
        assertInstanceOf(FastMultiLayerUpdater.class, spec(Optimizer.adam(0.01), LayerImplementation.FAST).toNetwork().getUpdater());
        assertFalse(spec(Optimizer.adam(0.01), LayerImplementation.STOCK).toNetwork().getUpdater() instanceof FastMultiLayerUpdater);
    }

    @Test
    void recognisesTheNetworksOwnGradientAndNothingElse() {
        MultiLayerNetwork net = spec(Optimizer.sgd(0.1), LayerImplementation.FAST).toNetwork();
        DataSet d = SmallProblems.data(HEAD, 8, 3, DataType.FLOAT);
        net.setInput(d.getFeatures());
        net.setLabels(d.getLabels());
        net.computeGradientAndScore();
        INDArray own = net.getFlattenedGradients();
        assertTrue(FastMultiLayerUpdater.isOwn(net.gradient(), own), "the gradient DL4J computed is the network's own");
        assertFalse(FastMultiLayerUpdater.isOwn(new DefaultGradient(own.dup()), own), "a copy is external");
    }

    /** Bit-identical parameters and updater state after training, with L2 so regularisation runs too. */
    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "adam"})
    void trainsExactlyLikeDl4jsUpdater(String optimizer) {
        NetworkSpec spec = spec(new Optimizer(Optimizer.parseKind(optimizer), 0.05), LayerImplementation.FAST);
        MultiLayerNetwork fast = spec.toNetwork();
        MultiLayerNetwork stock = spec.toNetwork();
        stock.setUpdater(new MultiLayerUpdater(stock));
        for (int step = 0; step < 10; step++) {
            DataSet d = SmallProblems.data(HEAD, 8, step, DataType.FLOAT);
            fast.fit(d);
            stock.fit(d);
        }
        assertTrue(spec.toNetwork().params().distance2(fast.params()) > 1e-3, "training moved the weights");
        assertEquals(0.0, maxDifference(stock.params(), fast.params()), "parameters");
        INDArray stockState = stock.getUpdater().getStateViewArray();
        INDArray fastState = fast.getUpdater().getStateViewArray();
        assertEquals(stockState == null, fastState == null, "both keep state, or neither (plain SGD)");
        if (stockState != null) {
            assertEquals(0.0, maxDifference(stockState, fastState), "updater state");
        }
    }

    @Test
    void savedAndRestoredNetworksKeepTheirUpdaterState(@TempDir Path dir) throws IOException {
        MultiLayerNetwork net = spec(Optimizer.adam(0.05), LayerImplementation.FAST).toNetwork();
        DataSet d = SmallProblems.data(HEAD, 8, 3, DataType.FLOAT);
        for (int step = 0; step < 5; step++) {
            net.fit(d);
        }
        File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertEquals(0.0, maxDifference(net.getUpdater().getStateViewArray(), restored.getUpdater().getStateViewArray()));
        net.fit(d);
        restored.fit(d);
        assertEquals(0.0, maxDifference(net.params(), restored.params()), "one more step from the restored state");
    }

    private static NetworkSpec spec(Optimizer optimizer, LayerImplementation layers) {
        return SmallProblems.specWithL2(Activation.TANH, HEAD, optimizer, DataType.FLOAT, layers);
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    }
}
