package org.activationlab.updater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/** FastAdam against DL4J's Adam: the same updates and state, bit for bit, alone and inside a network. */
class FastAdamTest {
    private static final int N = 1_000;
    /** Includes both sides of the 1,024-iteration chunk edge and 3605, where glibc's powf(0.999, t) rounds a near-tie. */
    private static final int[] ITERATIONS = IntStream.concat(IntStream.concat(IntStream.range(0, 8),
            IntStream.range(1021, 1027)), IntStream.range(3603, 3608)).toArray();

    @Test
    void sameUpdatesAndStateAsDl4jBitForBitOnViewsInsideLargerArrays() {
        var stock = new Updated(new Adam());
        var fast = new Updated(new FastAdam());
        for (IUpdater config : List.of(stock.config, fast.config)) {
            // the rate changes inside the run; at 1e-3 and iteration 3605 a correctly rounded β₂ᵗ (Math.pow) would
            // give another step size than libnd4j's powf
            config.setLrAndSchedule(Double.NaN, new MapSchedule.Builder(ScheduleType.ITERATION)
                    .add(0, 0.01).add(4, 0.005).add(1000, 0.001).build());
        }
        for (int iteration : ITERATIONS) {
            INDArray g = gradient(iteration, DataType.FLOAT);
            stock.step(g, iteration);
            fast.step(g, iteration);
            assertArrayEquals(stock.gradient.toFloatVector(), fast.gradient.toFloatVector(), "update at iteration " + iteration);
        }
        assertTrue(((FastAdamUpdater) fast.updater).runsInJava(fast.gradient), "the Java loop ran, not the fallback");
        assertArrayEquals(stock.stateHolder.toFloatVector(), fast.stateHolder.toFloatVector(), "m and v (and the margins around them)");
        assertArrayEquals(stock.gradientHolder.toFloatVector(), fast.gradientHolder.toFloatVector(), "gradient array outside the view");
        assertEquals(0, fast.stateHolder.getFloat(0), "the margin before the state view is untouched");
        assertTrue(fast.stateHolder.amaxNumber().doubleValue() > 0, "the state moved");
    }

    /** Double precision and strided views take DL4J's own kernel, so they are equal by construction; checked anyway. */
    @Test
    void doubleAndStridedArraysFallBackToDl4jsKernel() {
        var stock = new Updated(new Adam(0.01));
        var fast = new Updated(new FastAdam(0.01));
        stock.useDouble();
        fast.useDouble();
        for (int iteration : ITERATIONS) {
            INDArray g = gradient(iteration, DataType.DOUBLE);
            stock.step(g, iteration);
            fast.step(g, iteration);
        }
        assertFalse(((FastAdamUpdater) fast.updater).runsInJava(fast.gradient));
        assertArrayEquals(stock.stateHolder.toDoubleVector(), fast.stateHolder.toDoubleVector());
        assertArrayEquals(stock.gradientHolder.toDoubleVector(), fast.gradientHolder.toDoubleVector());

        // every other element: m, v and the gradient are strided columns of [N, 2] matrices
        INDArray stockState = Nd4j.zeros(DataType.FLOAT, N, 4);
        INDArray fastState = stockState.dup();
        GradientUpdater stockStrided = new Adam(0.01).instantiate(columnState(stockState), false);
        FastAdamUpdater fastStrided = (FastAdamUpdater) new FastAdam(0.01).instantiate(columnState(fastState), false);
        INDArray stockGradient = Nd4j.concat(1, gradient(0, DataType.FLOAT).reshape(N, 1), Nd4j.ones(DataType.FLOAT, N, 1));
        INDArray fastGradient = stockGradient.dup();
        assertFalse(fastStrided.runsInJava(fastGradient.getColumn(0)));
        stockStrided.applyUpdater(stockGradient.getColumn(0), 0, 0);
        fastStrided.applyUpdater(fastGradient.getColumn(0), 0, 0);
        assertArrayEquals(stockState.toFloatMatrix(), fastState.toFloatMatrix());
        assertArrayEquals(stockGradient.toFloatMatrix(), fastGradient.toFloatMatrix());
        assertTrue(fastState.amaxNumber().doubleValue() > 0, "the state moved");

        assertFalse(((FastAdamUpdater) new Updated(new FastAdam(0.01, 0.9, 0.999, 0)).updater).runsInJava(fast.gradient),
                "ε = 0, which libnd4j may replace, is left to libnd4j");
    }

    @Test
    void stockLayersTrainBitForBitTheSameWithFastAdamInOneUpdaterBlock() {
        MultiLayerNetwork stock = network(new Adam(0.01));
        MultiLayerNetwork fast = network(new FastAdam(0.01));
        UpdaterBlock block = single(((MultiLayerUpdater) fast.getUpdater()).getUpdaterBlocks());
        FastAdamUpdater updater = assertInstanceOf(FastAdamUpdater.class, block.getGradientUpdater(), "every layer in one block");
        assertTrue(updater.runsInJava(block.getGradientView().reshape(block.getGradientView().length())));

        for (int step = 0; step < 20; step++) {
            fitBoth(List.of(stock, fast), step);
        }
        assertArrayEquals(stock.params().toFloatVector(), fast.params().toFloatVector(), "parameters after 20 steps");
        assertArrayEquals(stock.getUpdater().getStateViewArray().toFloatVector(),
                fast.getUpdater().getStateViewArray().toFloatVector(), "m and v after 20 steps");
        assertTrue(network(new Adam(0.01)).params().distance2(fast.params()) > 0.01, "training moved the weights");
    }

    @Test
    void fastSpecsUseFastAdamAndStockSpecsDl4jsAdam() {
        NetworkSpec spec = NetworkSpec.input(3).hidden(5, Activation.RELU).output(OutputHead.multiClass(3))
                .optimizer(Optimizer.adam(0.01)).dataType(DataType.FLOAT).build();
        assertEquals(FastAdam.class, updaterOf(spec.withLayers(LayerImplementation.FAST).toNetwork()).getClass());
        assertEquals(Adam.class, updaterOf(spec.withLayers(LayerImplementation.STOCK).toNetwork()).getClass());
        assertEquals(new FastAdam(0.01), Optimizer.adam(0.01).toDl4j(LayerImplementation.FAST));
    }

    @Test
    void equalsOnlyFastAdamsAndSurvivesCloneJsonAndModelFiles() throws IOException {
        FastAdam config = new FastAdam(0.01);
        config.setLearningRateSchedule(new StepSchedule(ScheduleType.EPOCH, 0.01, 0.5, 2));
        FastAdam copy = config.clone();
        assertNotSame(config, copy);
        assertEquals(config, copy);
        assertEquals(config.hashCode(), copy.hashCode());
        Adam stock = new Adam(0.01);
        stock.setLearningRateSchedule(config.getLearningRateSchedule());
        assertNotEquals(config, stock);
        assertNotEquals(stock, config);

        MultiLayerNetwork net = network(config);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(net.getLayerWiseConfigurations().toJson());
        assertEquals(net.getLayerWiseConfigurations(), back);
        assertEquals(config, ((BaseLayer) back.getConf(1).getLayer()).getIUpdater());

        for (int step = 0; step < 3; step++) {
            fitBoth(List.of(net), step);
        }
        var file = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(file.toByteArray()), true);
        assertEquals(config, updaterOf(restored));
        assertArrayEquals(net.getUpdater().getStateViewArray().toFloatVector(),
                restored.getUpdater().getStateViewArray().toFloatVector(), "restored m and v");
        assertInstanceOf(FastAdamUpdater.class,
                single(((MultiLayerUpdater) restored.getUpdater()).getUpdaterBlocks()).getGradientUpdater());
        for (int step = 3; step < 6; step++) {
            fitBoth(List.of(net, restored), step);
        }
        assertArrayEquals(net.params().toFloatVector(), restored.params().toFloatVector(), "training continues identically");
    }

    /** A state view and a gradient view, each inside a larger array with margins on both sides. */
    private static final class Updated {
        final IUpdater config;
        INDArray stateHolder = Nd4j.zeros(DataType.FLOAT, 1, 11 + 2 * N + 5);
        INDArray gradientHolder = Nd4j.valueArrayOf(new long[]{1, 7 + N + 3}, -1f, DataType.FLOAT);
        GradientUpdater updater;
        INDArray gradient;

        Updated(IUpdater config) {
            this.config = config;
            instantiate();
        }

        void useDouble() {
            stateHolder = stateHolder.castTo(DataType.DOUBLE);
            gradientHolder = gradientHolder.castTo(DataType.DOUBLE);
            instantiate();
        }

        private void instantiate() {
            INDArray inner = stateHolder.get(NDArrayIndex.point(0), NDArrayIndex.interval(1, 11 + 2 * N)); // a view of a view
            updater = config.instantiate(inner.get(NDArrayIndex.interval(10, 10 + 2 * N)).reshape(1, 2 * N), false);
            gradient = gradientHolder.get(NDArrayIndex.point(0), NDArrayIndex.interval(7, 7 + N));
        }

        void step(INDArray g, int iteration) {
            gradient.assign(g);
            updater.applyUpdater(gradient, iteration, 0);
        }
    }

    /** Gaussian gradients scaled from 1e-20 (squares below float's normal range) to 1e4, plus exact zeros. */
    private static INDArray gradient(int iteration, DataType type) {
        Nd4j.getRandom().setSeed(100 + iteration);
        double[] g = Nd4j.randn(DataType.DOUBLE, N).toDoubleVector();
        for (int i = 0; i < N; i++) {
            g[i] = i % 97 == 0 ? 0 : g[i] * Math.pow(10, -20 + 24.0 * i / (N - 1));
        }
        return Nd4j.createFromArray(g).castTo(type);
    }

    private static Map<String, INDArray> columnState(INDArray state) {
        return Map.of(AdamUpdater.M_STATE, state.getColumn(0), AdamUpdater.V_STATE, state.getColumn(2));
    }

    /** 4 → 16 → 3 softmax in float, DL4J's stock layers, with the given updater. */
    static MultiLayerNetwork network(IUpdater updater) {
        var conf = new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT).updater(updater).list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(16)
                        .activation(org.nd4j.linalg.activations.Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(16).nOut(3)
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** One fit of each network on the same random batch of 12. */
    static void fitBoth(List<MultiLayerNetwork> nets, int step) {
        Nd4j.getRandom().setSeed(1_000 + step);
        INDArray x = Nd4j.randn(DataType.FLOAT, 12, 4);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 12, 3);
        for (int r = 0; r < 12; r++) {
            y.putScalar(r, (r * 7 + step) % 3, 1f);
        }
        for (MultiLayerNetwork net : nets) {
            net.fit(x, y);
        }
    }

    static IUpdater updaterOf(MultiLayerNetwork net) {
        IUpdater first = ((BaseLayer) net.getLayerWiseConfigurations().getConf(0).getLayer()).getIUpdater();
        assertSame(first.getClass(), ((BaseLayer) net.getLayerWiseConfigurations().getConf(1).getLayer()).getIUpdater().getClass());
        return first;
    }

    static <T> T single(List<T> items) {
        assertEquals(1, items.size());
        return items.get(0);
    }
}
