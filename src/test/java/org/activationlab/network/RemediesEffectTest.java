package org.activationlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.diagnostics.LayerGradients;
import org.activationlab.diagnostics.LayerWatch;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What batch norm, dropout and the initialisation do in networks the spec builds: measured, on Playground's circle. */
class RemediesEffectTest {
    private static final Dataset CIRCLE = Datasets.load("circle", DataOptions.defaults());
    private static final int DEPTH = 10;

    private static NetworkSpec deepSigmoid(WeightInitChoice init, boolean batchNorm, long seed) {
        var builder = NetworkSpec.input(2).hidden(DEPTH, 32, Activation.SIGMOID);
        if (batchNorm) {
            builder.batchNorm();
        }
        return builder.output(OutputHead.binary()).weightInit(init).seed(seed).build();
    }

    private static INDArray labels(NetworkSpec spec) {
        return labelsOf(CIRCLE.train().getLabels(), spec);
    }

    /** ‖∂L/∂W‖ of the first hidden layer over that of the last, at initialisation. */
    private static double firstOverLast(NetworkSpec spec) {
        double[] norms = LayerGradients.weightNorms(spec.toNetwork(), CIRCLE.train().getFeatures(), labels(spec));
        assertEquals(DEPTH + 1, norms.length, "one norm per dense layer, output last");
        return norms[0] / norms[DEPTH - 1];
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theNaiveInitStarvesTheFirstLayerAndBatchNormLiftsIt(long seed) {
        double xavier = firstOverLast(deepSigmoid(WeightInitChoice.XAVIER, false, seed));
        double naive = firstOverLast(deepSigmoid(WeightInitChoice.NAIVE_NORMAL, false, seed));
        double naiveWithBatchNorm = firstOverLast(deepSigmoid(WeightInitChoice.NAIVE_NORMAL, true, seed));
        // N(0, 0.01²) shrinks the back-propagated signal ≈ 0.25 · 0.01 · √32 per layer, Xavier by ≈ 0.25:
        // nine layers apart, that is about ten orders of magnitude
        assertTrue(naive < xavier * 1e-6, "naive " + naive + " vs xavier " + xavier);
        assertTrue(xavier < 1e-3, "even Xavier's sigmoid network vanishes: " + xavier);
        assertTrue(naiveWithBatchNorm > 1e-2, "batch norm re-scales every layer: " + naiveWithBatchNorm);
    }

    @Test
    void measuringTheGradientsOfABatchNormNetworkChangesNothing() {
        MultiLayerNetwork net = deepSigmoid(WeightInitChoice.XAVIER, true, 1).toNetwork();
        INDArray before = net.params().dup();
        LayerGradients.weightNorms(net, CIRCLE.train().getFeatures(), labels(deepSigmoid(WeightInitChoice.XAVIER, true, 1)));
        assertEquals(before, net.params(), "weights, γ, β and BN's running statistics are untouched");
    }

    @Test
    void layerWatchSeesOneComputingLayerPerHiddenLayerWithBatchNorm() {
        NetworkSpec spec = NetworkSpec.input(2).hidden(3, 8, Activation.SIGMOID).batchNorm()
                .output(OutputHead.binary()).optimizer(Optimizer.adam(0.02)).seed(2).build();
        LayerWatch watch = new LayerWatch(CIRCLE.test().getFeatures(), labelsOf(CIRCLE.test().getLabels(), spec));
        TrainingRun run = Trainer.train(spec, CIRCLE, new TrainingSettings(2, 50), watch);
        assertEquals(4, watch.first().weightGradientNorms().length);
        assertEquals(3, watch.last().hidden().size());
        double[] moved = watch.relativeWeightChange(run.network());
        assertEquals(4, moved.length);
        for (double m : moved) {
            assertTrue(m > 0 && Double.isFinite(m), "every dense layer moved: " + java.util.Arrays.toString(moved));
        }
    }

    private static INDArray labelsOf(INDArray labels, NetworkSpec spec) {
        return Dataset.labelsFor(labels, spec.head());
    }

    @Test
    void aNetworkWithBatchNormAndDropoutTrainsThroughTheTrainer() {
        NetworkSpec spec = NetworkSpec.input(2).hidden(2, 16, Activation.TANH).batchNorm().dropout(0.2)
                .output(OutputHead.binary()).optimizer(Optimizer.adam(0.02)).seed(3).build();
        TrainingRun run = Trainer.train(spec, CIRCLE, new TrainingSettings(6, 25));
        assertTrue(run.history().epochs().get(0).testAccuracy() < 0.7, "untrained: " + run.history().epochs().get(0));
        assertTrue(run.last().testAccuracy() > 0.9, "trained: " + run.last());
        assertTrue(spec.describe().contains("layers      : stock (batch norm/dropout"), spec.describe());
    }

    @Test
    void dropoutActsWhileTrainingOnlyAndScalesKeptOutputs() {
        NetworkSpec dropping = NetworkSpec.input(2).hidden(64, Activation.RELU).dropout(0.5)
                .output(OutputHead.regression(1)).seed(5).build();
        NetworkSpec plain = NetworkSpec.input(2).hidden(64, Activation.RELU).output(OutputHead.regression(1))
                .seed(5).layers(LayerImplementation.STOCK).build();
        INDArray x = CIRCLE.test().getFeatures();
        MultiLayerNetwork net = dropping.toNetwork();
        INDArray inference = net.output(x, false);
        assertEquals(plain.toNetwork().output(x, false), inference, "same weights, no dropout at test time");
        INDArray training = net.output(x, true);
        assertFalse(inference.equalsWithEps(training, 1e-6), "outputs are dropped while training");
        // inverted dropout keeps the expected output: the mean over examples moves little
        double shift = Math.abs(training.meanNumber().doubleValue() - inference.meanNumber().doubleValue());
        assertTrue(shift < 0.25 * inference.std(0).getDouble(0) + 1e-3, "mean shift " + shift);
    }

    @Test
    void theNaiveAndStandardInitsDrawWhatTheirNamesSay() {
        for (WeightInitChoice init : new WeightInitChoice[] {WeightInitChoice.NAIVE_NORMAL, WeightInitChoice.STANDARD}) {
            NetworkSpec spec = NetworkSpec.input(100).hidden(200, Activation.TANH).output(OutputHead.binary())
                    .weightInit(init).seed(11).build();
            INDArray w = spec.toNetwork().getLayer(0).getParam("W");
            double std = w.stdNumber().doubleValue();
            double max = w.amaxNumber().doubleValue();
            if (init == WeightInitChoice.NAIVE_NORMAL) {
                assertEquals(WeightInitChoice.NAIVE_STD, std, 0.02 * WeightInitChoice.NAIVE_STD, init.name());
                assertTrue(max > 3 * WeightInitChoice.NAIVE_STD, "a normal, not a uniform: max " + max);
            } else {
                double bound = 1 / Math.sqrt(100);
                assertTrue(max <= bound && max > 0.99 * bound, "U[-1/√n, 1/√n]: max " + max);
                assertEquals(bound / Math.sqrt(3), std, 0.02 * bound, init.name());
            }
        }
    }
}
