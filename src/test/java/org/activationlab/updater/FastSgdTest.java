package org.activationlab.updater;

import static org.activationlab.updater.FastAdamTest.fitBoth;
import static org.activationlab.updater.FastAdamTest.network;
import static org.activationlab.updater.FastAdamTest.single;
import static org.activationlab.updater.FastAdamTest.updaterOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.Optimizer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/** {@link FastSgd} gives DL4J's {@link Sgd} updates bit for bit, in Java below its size limit and by the op above. */
class FastSgdTest {

    /** Gradients as views at an offset inside a larger array, small (Java loop) and large (stock op). */
    @ParameterizedTest
    @ValueSource(ints = {37, FastSgdUpdater.JAVA_LIMIT + 1})
    void sameUpdatesAsDl4jBitForBit(int n) {
        Sgd stockConfig = new Sgd(0.03);
        FastSgd fastConfig = new FastSgd(0.03);
        for (Sgd c : List.of(stockConfig, fastConfig)) {
            c.setLearningRateSchedule(new StepSchedule(ScheduleType.ITERATION, 0.03, 0.5, 2));
        }
        GradientUpdater<?> stock = stockConfig.instantiate((INDArray) null, false);
        GradientUpdater<?> fast = fastConfig.instantiate((INDArray) null, false);
        assertInstanceOf(FastSgdUpdater.class, fast);
        Nd4j.getRandom().setSeed(4);
        for (int iteration = 0; iteration < 6; iteration++) {
            INDArray holder = Nd4j.randn(DataType.FLOAT, 1, n + 10).muli(Math.pow(10, iteration - 3));
            INDArray a = holder.dup().get(NDArrayIndex.point(0), NDArrayIndex.interval(5, 5 + n));
            INDArray b = holder.dup().get(NDArrayIndex.point(0), NDArrayIndex.interval(5, 5 + n));
            stock.applyUpdater(a, iteration, 0);
            fast.applyUpdater(b, iteration, 0);
            assertArrayEquals(a.toFloatVector(), b.toFloatVector(), "iteration " + iteration);
            assertTrue(a.sub(holder.get(NDArrayIndex.point(0), NDArrayIndex.interval(5, 5 + n))).amaxNumber().doubleValue() > 0,
                    "the update changed the gradient");
        }
    }

    @Test
    void networksTrainBitForBitTheSameAndFastSpecsUseIt() {
        MultiLayerNetwork stock = network(new Sgd(0.05));
        MultiLayerNetwork fast = network(new FastSgd(0.05));
        assertInstanceOf(FastSgdUpdater.class, single(((MultiLayerUpdater) fast.getUpdater()).getUpdaterBlocks()).getGradientUpdater());
        for (int step = 0; step < 20; step++) {
            fitBoth(List.of(stock, fast), step);
        }
        assertArrayEquals(stock.params().toFloatVector(), fast.params().toFloatVector(), "parameters after 20 steps");
        assertEquals(new FastSgd(0.1), Optimizer.sgd(0.1).toDl4j(LayerImplementation.FAST));
        assertEquals(new Sgd(0.1), Optimizer.sgd(0.1).toDl4j(LayerImplementation.STOCK));
    }

    @Test
    void equalsOnlyFastSgdsAndSurvivesJsonAndModelFiles() throws IOException {
        FastSgd config = new FastSgd(0.05);
        assertEquals(config, config.clone());
        assertNotEquals(config, new Sgd(0.05));
        assertNotEquals(new Sgd(0.05), config);
        MultiLayerNetwork net = network(config);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(net.getLayerWiseConfigurations().toJson());
        assertEquals(net.getLayerWiseConfigurations(), back);
        fitBoth(List.of(net), 0);
        var file = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(file.toByteArray()), true);
        assertEquals(config, updaterOf(restored));
        fitBoth(List.of(net, restored), 1);
        assertArrayEquals(net.params().toFloatVector(), restored.params().toFloatVector(), "training continues identically");
    }
}
