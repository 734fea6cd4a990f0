package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The shipped penguins file, read as any CSV file, is learnable: classes and a regression target. */
class CsvLearningTest {
    /** The file the README's example uses, relative to the project directory (where Maven runs tests). */
    private static final String SHIPPED = CsvDataset.PREFIX + Path.of("src/main/resources", CsvDataset.PENGUINS);

    @Test
    void speciesFromTheFourMeasurementsWellAboveChance() {
        Dataset d = Datasets.load(SHIPPED, DataOptions.defaults().withCsv(CsvOptions.DEFAULTS.withLabel("species")));
        double[] perClass = d.test().getLabels().sum(0).toDoubleVector();
        double majority = java.util.Arrays.stream(perClass).max().orElseThrow() / d.test().numExamples();
        NetworkSpec spec = NetworkSpec.input(d.numFeatures()).hidden(8, Activation.TANH).output(d.defaultHead())
                .optimizer(Optimizer.adam(0.02)).seed(1).build();
        EpochMetrics last = Trainer.train(spec, d, new TrainingSettings(10, 16)).last();
        // Guessing the commonest species scores about 0.44; the species separate almost perfectly by bill shape.
        assertTrue(majority < 0.5, "majority share " + majority);
        assertTrue(last.testAccuracy() >= 0.9, "test accuracy " + last.testAccuracy());
    }

    @Test
    void bodyMassFromBillAndFlipperExplainsMostOfItsVariance() {
        CsvOptions csv = CsvOptions.DEFAULTS.withLabel("body_mass_g")
                .withFeatures(List.of("bill_length_mm", "bill_depth_mm", "flipper_length_mm"));
        Dataset d = Datasets.load(SHIPPED, DataOptions.defaults().withCsv(csv));
        assertTrue(((String) d.parameters().get("task")).startsWith("regression (detected"), d.parameters().toString());
        NetworkSpec spec = NetworkSpec.input(3).hidden(8, Activation.TANH).output(OutputHead.regression(1))
                .optimizer(Optimizer.adam(0.02)).seed(1).build();
        EpochMetrics last = Trainer.train(spec, d, new TrainingSettings(20, 16)).last();
        assertTrue(last.testR2() >= 0.6, "test R² " + last.testR2());
    }
}
