package org.activationlab.layers;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activationlab.data.Dataset;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.junit.jupiter.params.provider.Arguments;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Tiny networks and data for every hidden activation × output head, shared by the fast-layer tests. */
final class SmallProblems {
    static final int INPUTS = 3;

    private SmallProblems() {
    }

    /** The article's three heads: regression (identity + MSE), binary (sigmoid + XENT), multi-class (softmax + MCXENT). */
    static List<OutputHead> heads() {
        return List.of(OutputHead.regression(2), OutputHead.binary(), OutputHead.multiClass(3));
    }

    /** Every (hidden activation, head) pair, as JUnit arguments. */
    static Stream<Arguments> everyActivationAndHead() {
        return Activation.hiddenChoices().stream()
                .flatMap(a -> heads().stream().map(h -> Arguments.of(a, h)));
    }

    /** 3 → 5 → 4 → head, two hidden layers so a middle layer's input gradient is exercised too. */
    static NetworkSpec spec(Activation activation, OutputHead head, Optimizer optimizer, DataType type,
                            LayerImplementation layers) {
        return NetworkSpec.input(INPUTS).hidden(5, activation).hidden(4, activation).output(head)
                .optimizer(optimizer).seed(7).dataType(type).layers(layers).build();
    }

    /** The same with an L2 penalty, so the regularisation path is compared too. */
    static NetworkSpec specWithL2(Activation activation, OutputHead head, Optimizer optimizer, DataType type,
                                  LayerImplementation layers) {
        NetworkSpec s = spec(activation, head, optimizer, type, layers);
        return new NetworkSpec(s.inputs(), s.hidden(), s.head(), s.weightInit(), s.optimizer(), 1e-3, s.seed(),
                s.dataType(), s.layers());
    }

    /** {@code rows} examples of random features in [-1, 1) and labels shaped for {@code head}, as {@code type}. */
    static DataSet data(OutputHead head, int rows, long seed, DataType type) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.rand(DataType.DOUBLE, rows, INPUTS).muli(2).subi(1);
        INDArray y;
        if (head.task() == Task.REGRESSION) {
            y = Nd4j.randn(DataType.DOUBLE, rows, head.units());
        } else {
            int classes = Math.max(2, head.units());
            y = Nd4j.zeros(DataType.DOUBLE, rows, classes);
            INDArray pick = Nd4j.rand(DataType.DOUBLE, rows, 1).muli(classes);
            for (int r = 0; r < rows; r++) {
                y.putScalar(r, (int) pick.getDouble(r, 0), 1.0);
            }
        }
        return new DataSet(x.castTo(type), y.castTo(type));
    }

    /** A train/test {@link Dataset} for {@code head} (two-class one-hot labels for the binary head). */
    static Dataset dataset(OutputHead head, DataType type) {
        Task task = head.task();
        List<String> classes = task == Task.REGRESSION ? List.of()
                : task == Task.BINARY ? List.of("a", "b") : List.of("a", "b", "c");
        return new Dataset("small-" + task, task, data(head, 32, 11, type), data(head, 16, 12, type), classes, Map.of());
    }

    /** Labels as the head's network expects them (one 0/1 column for the binary head). */
    static INDArray labelsFor(DataSet d, OutputHead head) {
        return Dataset.labelsFor(d.getLabels(), head);
    }
}
