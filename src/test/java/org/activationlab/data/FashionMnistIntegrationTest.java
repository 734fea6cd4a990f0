package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The real Fashion-MNIST from Debian's {@code dataset-fashion-mnist} (installed by {@code .ci/run}).
 * Never skipped: missing files fail the test with the loader's own instructions.
 */
class FashionMnistIntegrationTest {
    @Test
    void debianFashionMnistHas60000BalancedTrainingAnd10000TestImages() {
        Dataset data = Datasets.load("fashion-mnist", DataOptions.defaults().withDataDir(DataDirectory.DEFAULT));
        assertEquals(60_000, data.train().numExamples());
        assertEquals(10_000, data.test().numExamples());
        assertEquals(784, data.numFeatures());
        assertEquals(10, data.numOutputs());
        double[] perClass = new double[10];
        java.util.Arrays.fill(perClass, 6_000);
        assertArrayEquals(perClass, data.train().getLabels().sum(0).toDoubleVector());
        java.util.Arrays.fill(perClass, 1_000);
        assertArrayEquals(perClass, data.test().getLabels().sum(0).toDoubleVector());
        assertEquals(0.0, data.train().getFeatures().minNumber().doubleValue());
        assertEquals(1.0, data.train().getFeatures().maxNumber().doubleValue());
        assertEquals("Ankle boot", data.classNames().get(9));
    }
}
