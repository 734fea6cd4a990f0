package org.activationlab.layers;

import static org.activationlab.layers.FastLayersMatchStockTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.Loss;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The Java path for tiny layers ({@link HostAffine}, {@link HostActivation}, {@link HostLoss}) against
 * the ND4J path of the same FAST layers, on the same network: same outputs, scores, gradients, and
 * training curves, for every activation and head the project builds, including overridden heads.
 */
class JavaPathTest {

    static Stream<Arguments> everyActivationAndHeadWithOverrides() {
        List<OutputHead> overrides = List.of(
                OutputHead.override(Task.REGRESSION, 1, Activation.SIGMOID, Loss.MSE),
                OutputHead.override(Task.MULTICLASS, 3, Activation.SIGMOID, Loss.MSE),
                OutputHead.override(Task.BINARY, 2, Activation.SOFTMAX, Loss.MULTICLASS_CROSS_ENTROPY),
                OutputHead.override(Task.MULTICLASS, 3, Activation.SIGMOID, Loss.MULTICLASS_CROSS_ENTROPY),
                // no Java twin (softmax's Jacobian after MSE): the head stays on ND4J, the hidden layers do not
                OutputHead.override(Task.MULTICLASS, 3, Activation.SOFTMAX, Loss.MSE));
        return Stream.concat(SmallProblems.everyActivationAndHead(),
                overrides.stream().map(h -> Arguments.of(Activation.TANH, h)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyActivationAndHeadWithOverrides")
    void javaAndNd4jProductsAgreeInDouble(Activation activation, OutputHead head) {
        MultiLayerNetwork net = SmallProblems.specWithL2(activation, head, Optimizer.sgd(0.1), DataType.DOUBLE,
                LayerImplementation.FAST).toNetwork();
        DataSet d = SmallProblems.data(head, 8, 3, DataType.DOUBLE);
        INDArray x = d.getFeatures();
        INDArray y = SmallProblems.labelsFor(d, head);

        long before = HostAffine.PASSES.sum();
        Pair<Gradient, Double> java = gradientAndScore(net, x, y);
        INDArray javaOutput = net.output(x, false);
        assertTrue(HostAffine.PASSES.sum() - before >= 3, "the Java path ran for the hidden layers and the head");

        long losses = HostLoss.COMPUTATIONS.sum();
        Pair<Gradient, Double> nd4j = withNd4jOnly(() -> gradientAndScore(net, x, y));
        INDArray nd4jOutput = withNd4jOnly(() -> net.output(x, false));
        assertEquals(losses, HostLoss.COMPUTATIONS.sum(), "nothing in Java");
        Pair<Gradient, Double> javaLoss = withNd4jProducts(() -> gradientAndScore(net, x, y));
        boolean twin = HostLoss.of(head.loss().toDl4j().getILossFunction(),
                head.activation().toDl4j(Activation.DEFAULT_LEAKY_SLOPE), DataType.DOUBLE) != null;
        assertEquals(twin, HostLoss.COMPUTATIONS.sum() > losses, "the loss ran in Java after ND4J's products");

        assertClose(nd4jOutput, javaOutput, 1e-12, "output");
        for (Pair<Gradient, Double> candidate : List.of(java, javaLoss)) {
            assertEquals(nd4j.getSecond(), candidate.getSecond(), 1e-12 * (1 + Math.abs(nd4j.getSecond())), "score");
            assertClose(nd4j.getFirst().gradient(), candidate.getFirst().gradient(), 1e-11, "gradient");
        }
        assertTrue(nd4j.getFirst().gradient().norm2Number().doubleValue() > 1e-6, "a real gradient was compared");
    }

    /** Test-mode scores ({@code score(data, false)}, the evaluations' losses) too, in double and in float. */
    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyActivationAndHeadWithOverrides")
    void testModeScoresAgreeWithNd4js(Activation activation, OutputHead head) {
        boolean twin = HostLoss.of(head.loss().toDl4j().getILossFunction(),
                head.activation().toDl4j(Activation.DEFAULT_LEAKY_SLOPE), DataType.FLOAT) != null;
        for (DataType type : List.of(DataType.DOUBLE, DataType.FLOAT)) {
            MultiLayerNetwork net = SmallProblems.spec(activation, head, Optimizer.sgd(0.1), type,
                    LayerImplementation.FAST).toNetwork();
            DataSet d = SmallProblems.data(head, 8, 3, type);
            DataSet data = new DataSet(d.getFeatures(), SmallProblems.labelsFor(d, head));
            long losses = HostLoss.COMPUTATIONS.sum();
            double java = net.score(data, false);
            assertEquals(twin, HostLoss.COMPUTATIONS.sum() > losses, "the loss ran in Java, " + type);
            double javaLoss = withNd4jProducts(() -> net.score(data, false));
            losses = HostLoss.COMPUTATIONS.sum();
            double nd4j = withNd4jOnly(() -> net.score(data, false));
            assertEquals(losses, HostLoss.COMPUTATIONS.sum(), "nothing in Java");
            // ND4J sums a float loss in float, the Java twin in double: they part in the last float digits
            double tolerance = (type == DataType.DOUBLE ? 1e-12 : 1e-6) * (1 + Math.abs(nd4j));
            assertEquals(nd4j, java, tolerance, "score, " + type);
            assertEquals(nd4j, javaLoss, tolerance, "score after ND4J's products, " + type);
            assertTrue(nd4j > 0, "a real loss was compared");
        }
    }

    @Test
    void trainingCurvesAgreeInFloat() {
        OutputHead head = OutputHead.multiClass(3);
        var spec = SmallProblems.spec(Activation.LEAKY_RELU, head, Optimizer.adam(0.05), DataType.FLOAT,
                LayerImplementation.FAST);
        var data = SmallProblems.dataset(head, DataType.FLOAT);
        var settings = new TrainingSettings(15, 8);
        TrainingRun java = Trainer.train(spec, data, settings);
        TrainingRun nd4j = withNd4jOnly(() -> Trainer.train(spec, data, settings));
        for (int i = 0; i < nd4j.history().epochs().size(); i++) {
            assertEquals(nd4j.history().epochs().get(i).trainLoss(), java.history().epochs().get(i).trainLoss(), 1e-5, "train loss " + i);
            assertEquals(nd4j.history().epochs().get(i).testAccuracy(), java.history().epochs().get(i).testAccuracy(), 1e-9, "accuracy " + i);
        }
        assertClose(nd4j.network().params(), java.network().params(), 1e-4, "final parameters");
    }

    @Test
    void layersAboveTheSizeLimitKeepTheNd4jPath() {
        MultiLayerNetwork net = org.activationlab.network.NetworkSpec.input(SmallProblems.INPUTS)
                .hidden(200, Activation.RELU).output(OutputHead.binary()).seed(7).build().toNetwork();
        DataSet d = SmallProblems.data(OutputHead.binary(), 100, 3, DataType.FLOAT);
        assertTrue(100L * SmallProblems.INPUTS * 200 > HostAffine.maxMultiplyAdds
                && 100L * 200 > HostAffine.maxMultiplyAdds, "both layers are above the limit");
        long before = HostAffine.PASSES.sum();
        net.fit(d.getFeatures(), SmallProblems.labelsFor(d, OutputHead.binary()));
        assertEquals(before, HostAffine.PASSES.sum(), "no Java pass above the size limit");
    }

    private static Pair<Gradient, Double> gradientAndScore(MultiLayerNetwork net, INDArray x, INDArray y) {
        net.setInput(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        return new Pair<>(copy(net.gradient()), net.score());
    }

    private static Gradient copy(Gradient g) {
        INDArray flat = g.gradient().dup();
        return new org.deeplearning4j.nn.gradient.DefaultGradient(flat);
    }

    /** Runs {@code body} with every product on the ND4J path, the output layer's loss still in Java. */
    static <T> T withNd4jProducts(Supplier<T> body) {
        long limit = HostAffine.maxMultiplyAdds;
        HostAffine.maxMultiplyAdds = 0;
        try {
            return body.get();
        } finally {
            HostAffine.maxMultiplyAdds = limit;
        }
    }

    /** Runs {@code body} with nothing in Java: products and loss on the ND4J path. */
    static <T> T withNd4jOnly(Supplier<T> body) {
        long limit = HostLoss.maxElements;
        HostLoss.maxElements = 0;
        try {
            return withNd4jProducts(body);
        } finally {
            HostLoss.maxElements = limit;
        }
    }
}
