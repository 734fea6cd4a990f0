package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.network.Task;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class IrisTest {
    @Test
    void loads150FlowersOf3SpeciesSplitStratified() {
        Dataset iris = Datasets.load("iris", DataOptions.defaults());
        assertEquals(Task.MULTICLASS, iris.task());
        assertEquals(4, iris.numFeatures());
        assertEquals(3, iris.numOutputs());
        assertEquals(150, iris.train().numExamples() + iris.test().numExamples());
        assertArrayEquals(new double[]{25, 25, 25}, iris.train().getLabels().sum(0).toDoubleVector());
        assertArrayEquals(new double[]{25, 25, 25}, iris.test().getLabels().sum(0).toDoubleVector());
        assertEquals(Iris.SPECIES, iris.classNames());
    }

    @Test
    void trainingFeaturesAreStandardisedAndSpeciesKeepTheirOrder() {
        Dataset iris = Datasets.load("iris", DataOptions.defaults().withSeed(3));
        INDArray x = iris.train().getFeatures();
        assertArrayEquals(new double[4], x.mean(0).toDoubleVector(), 1e-4);
        assertArrayEquals(new double[]{1, 1, 1, 1}, x.std(false, 0).toDoubleVector(), 1e-3);
        // setosa has by far the shortest petals, virginica the longest (petal length is column 2)
        INDArray all = Nd4j.vstack(x, iris.test().getFeatures());
        INDArray species = Nd4j.vstack(iris.train().getLabels(), iris.test().getLabels()).argMax(1);
        double[] petal = new double[3];
        for (int i = 0; i < all.rows(); i++) {
            petal[species.getInt(i)] += all.getDouble(i, 2) / 50;
        }
        assertTrue(petal[0] < -1 && petal[0] < petal[1] && petal[1] < petal[2], java.util.Arrays.toString(petal));
    }

    @Test
    void sameSeedSameSplit() {
        Dataset a = Datasets.load("iris", DataOptions.defaults().withSeed(5));
        Dataset b = Datasets.load("iris", DataOptions.defaults().withSeed(5));
        Dataset c = Datasets.load("iris", DataOptions.defaults().withSeed(6));
        assertEquals(a.train().getFeatures(), b.train().getFeatures());
        assertEquals(a.test().getLabels(), b.test().getLabels());
        assertTrue(!a.train().getFeatures().equals(c.train().getFeatures()));
    }
}
