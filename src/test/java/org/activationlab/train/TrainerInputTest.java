package org.activationlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.activationlab.data.Dataset;
import org.activationlab.data.XorPoints;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Data that does not fit the network, or cannot be trained on at all, is refused before training, with the fix named. */
class TrainerInputTest {
    private static final TrainingSettings SHORT = new TrainingSettings(2, 4);

    @Test
    void featureCountMustMatchInputSize() {
        NetworkSpec threeInputs = NetworkSpec.input(3).hidden(4, Activation.TANH).output(OutputHead.binary()).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.train(threeInputs, XorPoints.dataset(), SHORT));
        assertEquals("dataset 'xor-4' has 2 features but the network expects 3 inputs: set the input size to 2", e.getMessage());
    }

    @Test
    void labelShapeMustMatchTheHead() {
        NetworkSpec fiveClasses = NetworkSpec.input(2).hidden(4, Activation.TANH).output(OutputHead.multiClass(5)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.train(fiveClasses, XorPoints.dataset(), SHORT));
        assertEquals("the output head has 5 units but the labels have 2 columns: use a head with 2 units", e.getMessage());
    }

    @Test
    void regressionHeadOnClassesIsRefused() {
        NetworkSpec regression = NetworkSpec.input(2).hidden(4, Activation.TANH).output(OutputHead.regression(2)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.train(regression, XorPoints.dataset(), SHORT));
        assertTrue(e.getMessage().startsWith("dataset 'xor-4' is binary classification but the output head is for regression"),
                e.getMessage());
    }

    @Test
    void nanOrInfiniteFeaturesAreRefusedWhenTheDataIsMade() {
        for (float bad : new float[]{Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            var x = Nd4j.create(new float[][]{{0, 0}, {0, bad}, {1, 0}, {1, 1}});
            var y = XorPoints.dataset().train().getLabels();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dataset("broken",
                    Task.BINARY, new DataSet(x, y), new DataSet(x, y), List.of("a", "b"), Map.of()));
            assertEquals("dataset 'broken' has NaN or infinite values in its training features: "
                    + "remove or impute those examples before training", e.getMessage());
        }
    }
}
