package org.activationlab.train;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.data.Dataset;
import org.activationlab.data.EpochBatches;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a spec on a dataset, epoch by epoch, and records what happens.
 *
 * <p>The data order comes from the spec's seed alone, so networks that differ only in activation see
 * identical batches. A non-finite loss stops the run at once and marks it diverged: the training loss
 * of a step, or the test loss at an evaluation (the training loss can still be finite while the
 * predictions have overflowed).
 *
 * <p>With a validation fraction ({@link TrainingSettings#validationFraction()}) the network fits only
 * the rest of the training rows ({@link Holdout}, split by the spec's seed), and each evaluation also
 * scores the fitting and validation rows in test mode ({@link HeldOutMetrics}).
 */
public final class Trainer {

    /** Called after every evaluated epoch, e.g. to measure gradients or move a progress bar. */
    @FunctionalInterface
    public interface EpochObserver {
        void afterEpoch(int epoch, MultiLayerNetwork network, EpochMetrics metrics);
    }

    private Trainer() {
    }

    public static TrainingRun train(NetworkSpec spec, Dataset data, TrainingSettings settings) {
        return train(spec, data, settings, (e, n, m) -> { });
    }

    public static TrainingRun train(NetworkSpec spec, Dataset data, TrainingSettings settings, EpochObserver observer) {
        checkCompatible(spec, data);
        OutputHead head = spec.head();
        Holdout holdout = Holdout.of(data, settings.validationFraction(), spec.seed());
        INDArray trainX = holdout.fitting().train().getFeatures();
        INDArray trainY = Dataset.labelsFor(holdout.fitting().train().getLabels(), head);
        INDArray testX = data.test().getFeatures();
        INDArray testY = Dataset.labelsFor(data.test().getLabels(), head);
        HeldOutScorer heldOut = holdout.holdsOut() ? new HeldOutScorer(new DataSet(trainX, trainY),
                new DataSet(holdout.validation().getFeatures(), Dataset.labelsFor(holdout.validation().getLabels(),
                        head)), head) : null;

        MultiLayerNetwork net = spec.toNetwork();
        List<EpochMetrics> history = new ArrayList<>();
        List<HeldOutMetrics> held = new ArrayList<>();
        // what net.score(new DataSet(trainX, trainY), false) returns (TestPass), without DL4J's fresh arrays
        double initialTrainLoss = TestPass.of(net, trainX, trainY).loss();
        EpochMetrics start = evaluate(net, 0, initialTrainLoss, testX, testY, head, 0);
        history.add(start);
        if (heldOut != null) {
            held.add(heldOut.score(net, 0));
        }
        observer.afterEpoch(0, net, start);
        if (!Double.isFinite(start.testLoss())) {
            return new TrainingRun(spec, new TrainingHistory(history, 0, held), net);
        }

        TrainingStep.Runner step = TrainingStep.configured().on(net);
        long trainingNanos = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long t0 = System.nanoTime();
            double lossSum = 0;
            long seen = 0;
            for (DataSet batch : EpochBatches.reusing(trainX, trainY, settings.batchSize(), spec.seed(), epoch - 1)) {
                step.fit(batch);
                double loss = net.score();
                if (!Double.isFinite(loss)) {
                    trainingNanos += System.nanoTime() - t0;
                    history.add(new EpochMetrics(epoch, loss, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            trainingNanos / 1e9));
                    return new TrainingRun(spec, new TrainingHistory(history, epoch, held), net);
                }
                long rows = batch.getFeatures().rows();
                lossSum += loss * rows;
                seen += rows;
            }
            trainingNanos += System.nanoTime() - t0;
            if (epoch % settings.evalEvery() == 0 || epoch == settings.epochs()) {
                EpochMetrics m = evaluate(net, epoch, lossSum / seen, testX, testY, head, trainingNanos / 1e9);
                history.add(m);
                if (heldOut != null) {
                    held.add(heldOut.score(net, epoch));
                }
                observer.afterEpoch(epoch, net, m);
                if (!Double.isFinite(m.testLoss())) { // training loss still finite, predictions already ∞
                    return new TrainingRun(spec, new TrainingHistory(history, epoch, held), net);
                }
            }
        }
        return new TrainingRun(spec, new TrainingHistory(history, -1, held), net);
    }

    /** Scores the fitting and validation rows in test mode (dropout off). */
    private record HeldOutScorer(DataSet fitting, DataSet validation, OutputHead head) {
        HeldOutMetrics score(MultiLayerNetwork net, int epoch) {
            TestPass fit = TestPass.of(net, fitting.getFeatures(), fitting.getLabels());
            TestPass held = TestPass.of(net, validation.getFeatures(), validation.getLabels());
            return new HeldOutMetrics(epoch, fit.loss(), accuracy(fit, fitting), held.loss(), accuracy(held, validation));
        }

        private double accuracy(TestPass pass, DataSet rows) {
            return head.task().isClassification() ? Scores.accuracy(pass.predictions(), rows.getLabels()) : Double.NaN;
        }
    }

    private static EpochMetrics evaluate(MultiLayerNetwork net, int epoch, double trainLoss, INDArray testX,
                                         INDArray testY, OutputHead head, double seconds) {
        TestPass test = TestPass.of(net, testX, testY);
        Scores s = Scores.of(test.predictions(), testY, head);
        return new EpochMetrics(epoch, trainLoss, test.loss(), s.accuracy(), s.mse(), s.r2(), seconds);
    }

    /** Fails with one clear message when the data does not fit the network. */
    public static void checkCompatible(NetworkSpec spec, Dataset data) {
        if (data.numFeatures() != spec.inputs()) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has " + data.numFeatures()
                    + " features but the network expects " + spec.inputs() + " inputs: set the input size to "
                    + data.numFeatures());
        }
        if (data.task().isClassification() != spec.head().task().isClassification()) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' is " + data.task().description()
                    + " but the output head is for " + spec.head().task().description()
                    + ": use " + data.defaultHead().describe());
        }
        Dataset.labelsFor(data.test().getLabels(), spec.head());
    }
}
