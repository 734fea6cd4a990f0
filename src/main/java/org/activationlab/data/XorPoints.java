package org.activationlab.data;

import java.util.List;
import java.util.Map;
import org.activationlab.network.Task;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The four points of the XOR problem (C4): output 1 when exactly one input is 1. */
public final class XorPoints {
    private XorPoints() {
    }

    /** Train and test are the same four points: the question is whether the network can fit them at all. */
    public static Dataset dataset() {
        var x = Nd4j.create(new float[][]{{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        var y = Nd4j.create(new float[][]{{1, 0}, {0, 1}, {0, 1}, {1, 0}}); // one-hot: class 1 = "true"
        DataSet all = new DataSet(x, y);
        return new Dataset("xor-4", Task.BINARY, all, all, List.of("false", "true"), Map.of("points", 4));
    }

    /** The same four points with the label as a number (0 or 1): XOR as regression, for identity output heads. */
    public static Dataset regression() {
        Dataset xor = dataset();
        var y = xor.train().getLabels().getColumn(1).reshape(4, 1).dup();
        DataSet all = new DataSet(xor.train().getFeatures(), y);
        return new Dataset("xor-4-regression", Task.REGRESSION, all, all, List.of(), Map.of("points", 4));
    }
}
