package org.activationlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.data.DataOptions;
import org.activationlab.io.Json;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

/** Early stopping on the validation loss, the validation split it reads, and that it never reads the test set. */
class EarlyStoppingTest {

    private static List<HeldOutMetrics> losses(double... validationLoss) {
        List<HeldOutMetrics> list = new ArrayList<>();
        for (int i = 0; i < validationLoss.length; i++) {
            list.add(new HeldOutMetrics(i, 0, 0, validationLoss[i], 0));
        }
        return list;
    }

    @Test
    void stopsWhenPatienceRunsOutAndKeepsTheBestEpoch() {
        EarlyStopping.Choice c = new EarlyStopping(2).choose(losses(1.0, 0.8, 0.6, 0.7, 0.65, 0.5, 0.4));
        assertEquals(new EarlyStopping.Choice(2, 4), c); // 0.7 and 0.65 do not beat 0.6: stop at 4, keep 2
    }

    @Test
    void runsToTheEndWhileTheLossKeepsFallingAndKeepsTheEarliestOfEqualBests() {
        assertEquals(new EarlyStopping.Choice(3, 3), new EarlyStopping(1).choose(losses(3, 2, 1, 0.5)));
        assertEquals(new EarlyStopping.Choice(1, 3), new EarlyStopping(2).choose(losses(2, 1, 1, 1)));
    }

    @Test
    void aNonFiniteLossIsNeverTheBest() {
        assertEquals(new EarlyStopping.Choice(1, 2), new EarlyStopping(1).choose(losses(Double.NaN, 2, 3)));
    }

    @Test
    void patienceBelowOneIsRefusedWithTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(0));
        assertEquals(true, e.getMessage().startsWith("patience"), e.getMessage());
    }

    @Test
    void theHoldoutIsStratifiedDisjointAndFixedBySeed() {
        Dataset data = Datasets.load("circle", DataOptions.defaults().withPoints(200));
        Holdout a = Holdout.of(data, 0.2, 3);
        Holdout b = Holdout.of(data, 0.2, 3);
        int n = data.train().numExamples();
        assertEquals(n, a.fitting().train().numExamples() + a.validation().numExamples());
        assertEquals(Math.round(0.2 * n), a.validation().numExamples(), 1.0);
        assertEquals(a.validation().getFeatures(), b.validation().getFeatures());
        double share = a.validation().getLabels().getColumn(1).sumNumber().doubleValue() / a.validation().numExamples();
        double all = data.train().getLabels().getColumn(1).sumNumber().doubleValue() / n;
        assertEquals(all, share, 0.03);
        assertEquals(data.test(), a.fitting().test());
    }

    @Test
    void trainingSettingsWithoutASplitKeepTheirJsonAndSoEveryStoredCellsId() throws Exception {
        String plain = Json.CANONICAL.writeValueAsString(new TrainingSettings(5, 10));
        assertEquals("{\"batch_size\":10,\"epochs\":5,\"eval_every\":1}", plain);
        TrainingSettings split = new TrainingSettings(5, 10, 1, 0.25);
        assertEquals(split, Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(split), TrainingSettings.class));
        assertEquals(new TrainingSettings(5, 10), Json.MAPPER.readValue(plain, TrainingSettings.class));
    }

    /** Garbage test labels change every test number and nothing that early stopping reads. */
    @Test
    void theStopEpochDoesNotDependOnTheTestSet() {
        Dataset data = Datasets.load("spiral", DataOptions.defaults().withNoise(0.25).withPoints(300));
        DataSet test = data.test();
        DataSet garbage = new DataSet(test.getFeatures(), test.getLabels().getColumns(1, 0).dup()); // classes swapped
        Dataset scrambled = new Dataset(data.name(), data.task(), data.train(), garbage, data.classNames(),
                data.parameters());
        NetworkSpec spec = NetworkSpec.input(2).hidden(2, 32, Activation.RELU).output(data.defaultHead())
                .optimizer(Optimizer.adam(0.01)).seed(5).build();
        TrainingSettings settings = new TrainingSettings(25, 16, 1, 0.3);
        TrainingHistory real = Trainer.train(spec, data, settings).history();
        TrainingHistory fake = Trainer.train(spec, scrambled, settings).history();
        assertEquals(1 - real.last().testAccuracy(), fake.last().testAccuracy(), 1e-9); // the test set did change
        assertEquals(real.heldOut(), fake.heldOut());
        EarlyStopping stopping = new EarlyStopping(3);
        assertEquals(stopping.choose(real.heldOut()), stopping.choose(fake.heldOut()));
        assertEquals(26, real.heldOut().size());
    }
}
