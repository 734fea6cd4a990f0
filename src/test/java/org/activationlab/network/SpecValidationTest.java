package org.activationlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid spec fails at construction with "field: expected X, received Y". */
class SpecValidationTest {

    static Stream<Arguments> invalidSpecs() {
        return Stream.of(
                bad("zero inputs", () -> NetworkSpec.input(0).output(OutputHead.binary()).build(),
                        "inputs: expected at least 1 input node, received 0"),
                bad("negative width", () -> NetworkSpec.input(2).hidden(-3, Activation.RELU),
                        "hidden.width: expected a positive number of nodes, received -3"),
                bad("zero width", () -> new HiddenLayer(0, Activation.TANH),
                        "hidden.width: expected a positive number of nodes, received 0"),
                bad("softmax hidden", () -> new HiddenLayer(4, Activation.SOFTMAX),
                        "hidden.activation: expected one of [sigmoid, tanh, relu, leakyrelu, elu, selu, gelu, swish, softplus, "
                                + "identity] (softmax belongs to the output head), received softmax"),
                bad("leaky slope 0", () -> new HiddenLayer(4, Activation.LEAKY_RELU, 0),
                        "hidden.leakySlope: expected a slope in (0, 1) for negative inputs, received 0.0"),
                bad("leaky slope 1.5", () -> new HiddenLayer(4, Activation.LEAKY_RELU, 1.5),
                        "hidden.leakySlope: expected a slope in (0, 1) for negative inputs, received 1.5"),
                bad("one class", () -> OutputHead.multiClass(1),
                        "head.units: expected at least 2 classes for multi-class classification (use binary() for 2 classes with one unit), received 1"),
                bad("binary with two units", () -> new OutputHead(Task.BINARY, 2, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, false),
                        "head.units: expected exactly 1 sigmoid unit for binary classification, received 2"),
                bad("regression with sigmoid", () -> new OutputHead(Task.REGRESSION, 1, Activation.SIGMOID, Loss.MSE, false),
                        "head: expected identity + mean squared error for regression (or OutputHead.override), received sigmoid + mean squared error"),
                bad("zero outputs", () -> OutputHead.regression(0), "head.units: expected at least 1 output unit, received 0"),
                bad("softmax on one unit", () -> OutputHead.override(Task.BINARY, 1, Activation.SOFTMAX, Loss.MULTICLASS_CROSS_ENTROPY),
                        "head.units: expected at least 2 units with softmax (softmax over one unit is always 1), received 1"),
                bad("learning rate 0", () -> Optimizer.adam(0), "learningRate: expected a positive finite number, received 0.0"),
                bad("negative learning rate", () -> Optimizer.sgd(-0.1), "learningRate: expected a positive finite number, received -0.1"),
                bad("NaN learning rate", () -> Optimizer.sgd(Double.NaN), "learningRate: expected a positive finite number, received NaN"),
                bad("negative l2", () -> NetworkSpec.input(2).output(OutputHead.binary()).l2(-1).build(),
                        "l2: expected a finite number ≥ 0, received -1.0"),
                bad("no head", () -> NetworkSpec.input(2).hidden(3, Activation.RELU).build(),
                        "head: expected an output head (regression, binary or multiClass), received null"),
                bad("unknown optimizer", () -> Optimizer.parseKind("rmsprop2"),
                        "optimizer: expected one of sgd, momentum, adam, received rmsprop2"),
                bad("dropout 1 drops everything", () -> NetworkSpec.input(2).hidden(4, Activation.RELU).dropout(1.0),
                        "hidden.dropout: expected a drop probability in [0, 1) (0 = no dropout), received 1.0"),
                bad("negative dropout", () -> new HiddenLayer(4, Activation.RELU).withDropout(-0.1),
                        "hidden.dropout: expected a drop probability in [0, 1) (0 = no dropout), received -0.1"),
                bad("NaN dropout", () -> NetworkSpec.input(2).hidden(2, 4, Activation.TANH).dropout(Double.NaN),
                        "hidden.dropout: expected a drop probability in [0, 1) (0 = no dropout), received NaN"),
                bad("batch norm without a hidden layer", () -> NetworkSpec.input(2).batchNorm(),
                        "batchNorm: expected a hidden(…) layer before it (it applies to the hidden layers just added), received none"),
                bad("batch norm after zero hidden layers", () -> NetworkSpec.input(2).hidden(0, 4, Activation.TANH).batchNorm(),
                        "batchNorm: expected a hidden(…) layer before it (it applies to the hidden layers just added), received none"),
                bad("dropout without a hidden layer", () -> NetworkSpec.input(2).dropout(0.5),
                        "dropout: expected a hidden(…) layer before it (it applies to the hidden layers just added), received none"),
                bad("no init", () -> NetworkSpec.input(2).output(OutputHead.binary()).weightInit(null).build(),
                        "weightInit: expected one of [AUTO, XAVIER, HE, NORMAL, STANDARD, NAIVE_NORMAL], received null"));
    }

    private static Arguments bad(String name, Executable build, String message) {
        return Arguments.of(name, build, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSpecs")
    void rejectedWithClearMessage(String name, Executable build, String message) {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, build);
        assertEquals(message, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void unknownActivationNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.parse("mish"));
        assertEquals("unknown activation 'mish': expected one of sigmoid, tanh, relu, leakyrelu, elu, selu, gelu, "
                + "swish, softplus, identity, softmax or all", e.getMessage());
        assertEquals(Activation.LEAKY_RELU, Activation.parse("leaky-relu"));
        assertEquals(Activation.RELU, Activation.parse(" ReLU "));
    }
}
