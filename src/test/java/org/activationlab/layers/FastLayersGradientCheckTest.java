package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's own gradient check (central differences, double precision) on networks of FAST layers:
 * backprop through the kept pre-activations and the skipped input gradient is the true derivative.
 */
class FastLayersGradientCheckTest {
    private static DataType savedDefault;
    private static DataType savedFloatDefault;

    /** GradientCheckUtil insists on double as ND4J's default type; restored afterwards for other tests. */
    @BeforeAll
    static void useDoublePrecision() {
        savedDefault = Nd4j.dataType();
        savedFloatDefault = Nd4j.defaultFloatingPointType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @AfterAll
    static void restorePrecision() {
        Nd4j.setDefaultDataTypes(savedDefault, savedFloatDefault);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("org.activationlab.layers.SmallProblems#everyActivationAndHead")
    void backpropMatchesFiniteDifferences(Activation activation, OutputHead head) {
        // GradientCheckUtil requires plain SGD with learning rate 1 (the update is not applied)
        MultiLayerNetwork net = SmallProblems.spec(activation, head, Optimizer.sgd(1.0), DataType.DOUBLE,
                LayerImplementation.FAST).toNetwork();
        DataSet d = SmallProblems.data(head, 6, 21, DataType.DOUBLE);

        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net)
                .input(d.getFeatures()).labels(SmallProblems.labelsFor(d, head))
                .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));

        assertTrue(ok, "analytic and numerical gradients differ for " + activation + " + " + head.describe());
    }
}
