package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.activationlab.data.EpochBatches;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.train.TrainingStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link TrainingStep#ONE_PASS} trains exactly like {@code fit}: the same parameters, updater state,
 * score and iteration count after every epoch, bit for bit, for every activation, head and optimiser;
 * and it really takes the one-pass update where it claims to (SGD, Adam without L2), and not elsewhere,
 * with the whole tiny network's gradient in Java ({@link HostNetworkGradient}) wherever it takes it.
 */
class OnePassStepTest {
    private static final int EPOCHS = 4;

    static Stream<Arguments> everyCase() {
        return SmallProblems.everyActivationAndHead().flatMap(a -> Stream.of(Optimizer.Kind.values())
                .flatMap(kind -> Stream.of(false, true).map(l2 -> Arguments.of(a.get()[0], a.get()[1], kind, l2))));
    }

    @ParameterizedTest(name = "{0} {1} {2} l2={3}")
    @MethodSource("everyCase")
    void trainsBitForBitLikeFit(Activation activation, OutputHead head, Optimizer.Kind kind, boolean l2) {
        Optimizer optimizer = new Optimizer(kind, kind == Optimizer.Kind.ADAM ? 0.01 : 0.05);
        NetworkSpec spec = l2 ? SmallProblems.specWithL2(activation, head, optimizer, DataType.FLOAT, LayerImplementation.FAST)
                : SmallProblems.spec(activation, head, optimizer, DataType.FLOAT, LayerImplementation.FAST);
        DataSet data = SmallProblems.data(head, 32, 11, DataType.FLOAT);
        long javaGradients = HostNetworkGradient.COMPUTATIONS.sum();
        MultiLayerNetwork onePass = compareWithFit(spec, data.getFeatures(), SmallProblems.labelsFor(data, head), 8);
        boolean expected = !l2 && kind != Optimizer.Kind.MOMENTUM;
        assertEquals(expected, ((FastMultiLayerUpdater) onePass.getUpdater()).canStepInOnePass(), "one-pass update used");
        // 4 batches × EPOCHS steps, the first of which is fit's
        assertEquals(expected ? 4 * EPOCHS - 1 : 0, HostNetworkGradient.COMPUTATIONS.sum() - javaGradients,
                "steps whose gradient was computed in Java");
    }

    /**
     * The Java gradient against DL4J's own {@code computeGradientAndScore} on the same network, with an L2
     * penalty: regularization changes only the score (DL4J's updater applies it to the gradient later).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.activationlab.layers.SmallProblems#everyActivationAndHead")
    void javaGradientIsDl4jsWithL2(Activation activation, OutputHead head) {
        MultiLayerNetwork net = SmallProblems.specWithL2(activation, head, Optimizer.adam(0.01), DataType.FLOAT,
                LayerImplementation.FAST).toNetwork();
        DataSet data = SmallProblems.data(head, 16, 5, DataType.FLOAT);
        INDArray y = SmallProblems.labelsFor(data, head);
        net.fit(new DataSet(data.getFeatures(), y)); // parameters away from their initial values, views set up
        net.setInput(data.getFeatures());
        net.setLabels(y);
        net.computeGradientAndScore();
        double[] dl4jGradient = values(net.getFlattenedGradients());
        double dl4jScore = net.score();
        assertTrue(net.calcRegularizationScore(true) > 0, "the L2 term is part of the score compared");
        net.getFlattenedGradients().assign(0);
        net.setScore(Double.NaN);
        assertTrue(HostNetworkGradient.of(net).compute(data.getFeatures(), y), "the Java gradient takes it");
        assertArrayEquals(dl4jGradient, values(net.getFlattenedGradients()), "gradient");
        assertEquals(dl4jScore, net.score(), "score");
    }

    /** A last batch too big for the Java path in one layer goes through DL4J's layers, the same either way. */
    @Test
    void batchesAboveTheJavaSizeGoThroughDl4jsLayers() {
        OutputHead head = OutputHead.binary();
        NetworkSpec spec = SmallProblems.spec(Activation.TANH, head, Optimizer.adam(0.01), DataType.FLOAT,
                LayerImplementation.FAST);
        DataSet data = SmallProblems.data(head, 32, 11, DataType.FLOAT);
        long limit = HostAffine.maxMultiplyAdds;
        long javaGradients = HostNetworkGradient.COMPUTATIONS.sum();
        // batches of 16: the first layer's 16×3×5 products fit, the second layer's 16×5×4 do not
        HostAffine.maxMultiplyAdds = 16L * SmallProblems.INPUTS * spec.hidden().get(0).width();
        try {
            compareWithFit(spec, data.getFeatures(), SmallProblems.labelsFor(data, head), 16);
            assertEquals(0, HostNetworkGradient.COMPUTATIONS.sum() - javaGradients, "no gradient in Java");
        } finally {
            HostAffine.maxMultiplyAdds = limit;
        }
    }

    /** Products above the Java path's size: ND4J's layers compute the gradient, Adam's update is fused. */
    @Test
    void trainsANetworkOnNd4jsPathLikeFit() {
        NetworkSpec spec = NetworkSpec.input(64).hidden(2, 96, Activation.RELU).output(OutputHead.multiClass(10))
                .optimizer(Optimizer.adam(1e-3)).seed(3).build();
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 256, 64);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 256, 10);
        for (int r = 0; r < 256; r++) {
            y.putScalar(r, r % 10, 1.0);
        }
        long javaGradients = HostNetworkGradient.COMPUTATIONS.sum();
        MultiLayerNetwork onePass = compareWithFit(spec, x, y, 64);
        assertEquals(true, ((FastMultiLayerUpdater) onePass.getUpdater()).canStepInOnePass(), "one-pass update used");
        assertEquals(javaGradients, HostNetworkGradient.COMPUTATIONS.sum(), "no gradient in Java above its size");
    }

    @Test
    void doublePrecisionAndStockLayersGoThroughFit() {
        OutputHead head = OutputHead.multiClass(3);
        DataSet data = SmallProblems.data(head, 32, 11, DataType.DOUBLE);
        MultiLayerNetwork doubles = compareWithFit(SmallProblems.spec(Activation.TANH, head, Optimizer.adam(0.01),
                DataType.DOUBLE, LayerImplementation.FAST), data.getFeatures(), data.getLabels(), 8);
        assertEquals(false, ((FastMultiLayerUpdater) doubles.getUpdater()).canStepInOnePass(), "double arrays");
        compareWithFit(SmallProblems.spec(Activation.TANH, head, Optimizer.adam(0.01), DataType.FLOAT,
                LayerImplementation.STOCK), data.getFeatures().castTo(DataType.FLOAT), data.getLabels().castTo(DataType.FLOAT), 8);
    }

    /** A network with training listeners is trained by fit, which calls them at every step. */
    @Test
    void listenersAreCalledAtEveryStep() {
        OutputHead head = OutputHead.multiClass(3);
        DataSet data = SmallProblems.data(head, 32, 11, DataType.FLOAT);
        MultiLayerNetwork net = SmallProblems.spec(Activation.TANH, head, Optimizer.adam(0.01), DataType.FLOAT,
                LayerImplementation.FAST).toNetwork();
        int[] calls = {0};
        net.setListeners(new org.deeplearning4j.optimize.api.BaseTrainingListener() {
            @Override
            public void iterationDone(org.deeplearning4j.nn.api.Model model, int iteration, int epoch) {
                calls[0]++;
            }
        });
        TrainingStep.Runner step = TrainingStep.ONE_PASS.on(net);
        for (int i = 0; i < 5; i++) {
            step.fit(data);
        }
        assertEquals(5, calls[0]);
    }

    /** What a one-pass network saves is what it trained: the restored copy predicts and trains on identically. */
    @Test
    void savedNetworkIsWhatWasTrained(@TempDir Path dir) throws IOException {
        OutputHead head = OutputHead.multiClass(3);
        DataSet data = SmallProblems.data(head, 32, 11, DataType.FLOAT);
        MultiLayerNetwork net = compareWithFit(SmallProblems.spec(Activation.SIGMOID, head, Optimizer.adam(0.01),
                DataType.FLOAT, LayerImplementation.FAST), data.getFeatures(), data.getLabels(), 8);
        File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertArrayEquals(values(net.output(data.getFeatures())), values(restored.output(data.getFeatures())));
        assertEquals(net.score(data), restored.score(data));
        assertEquals(net.getIterationCount(), restored.getIterationCount());
        TrainingStep.Runner a = TrainingStep.ONE_PASS.on(net);
        TrainingStep.Runner b = TrainingStep.ONE_PASS.on(restored);
        for (int i = 0; i < 3; i++) {
            a.fit(data);
            b.fit(data);
        }
        assertArrayEquals(net.params().toFloatVector(), restored.params().toFloatVector(), "training continues identically");
    }

    @Test
    void unknownStepNameIsOneClearError() {
        String before = System.getProperty(TrainingStep.PROPERTY);
        System.setProperty(TrainingStep.PROPERTY, "sideways");
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, TrainingStep::configured);
            assertEquals("activationlab.step: expected fit or one-pass, received sideways", e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(TrainingStep.PROPERTY);
            } else {
                System.setProperty(TrainingStep.PROPERTY, before);
            }
        }
    }

    /**
     * Trains two networks of {@code spec} on the same shuffled batches, one by {@code fit} and one by the
     * one-pass step, and checks after every epoch that they are identical; returns the one-pass network.
     * A third, trained by {@code fit} with DL4J's own {@code MultiLayerUpdater} (whose updaters write their
     * state back at every step), checks the updater state as DL4J keeps it.
     */
    private static MultiLayerNetwork compareWithFit(NetworkSpec spec, INDArray x, INDArray y, int batch) {
        MultiLayerNetwork fit = spec.toNetwork();
        MultiLayerNetwork onePass = spec.toNetwork();
        MultiLayerNetwork dl4j = spec.toNetwork();
        dl4j.setUpdater(new MultiLayerUpdater(dl4j));
        TrainingStep.Runner fitStep = TrainingStep.FIT.on(fit);
        TrainingStep.Runner onePassStep = TrainingStep.ONE_PASS.on(onePass);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (DataSet b : EpochBatches.reusing(x, y, batch, spec.seed(), epoch)) {
                fitStep.fit(b);
                onePassStep.fit(b);
                dl4j.fit(b);
                assertEquals(fit.score(), onePass.score(), "score of the step");
            }
            assertArrayEquals(values(fit.params()), values(onePass.params()), "parameters, epoch " + epoch);
            assertArrayEquals(values(fit.getUpdater().getStateViewArray()),
                    values(onePass.getUpdater().getStateViewArray()), "updater state (none for SGD), epoch " + epoch);
            assertArrayEquals(values(dl4j.params()), values(onePass.params()), "parameters as DL4J's updater has them");
            assertArrayEquals(values(dl4j.getUpdater().getStateViewArray()),
                    values(onePass.getUpdater().getStateViewArray()), "updater state as DL4J's updater has it");
            assertEquals(fit.getIterationCount(), onePass.getIterationCount(), "iterations");
        }
        assertArrayEquals(values(fit.output(x)), values(onePass.output(x)), "predictions");
        return onePass;
    }

    private static double[] values(INDArray a) {
        return a == null ? null : a.ravel().toDoubleVector();
    }
}
