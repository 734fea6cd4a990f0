package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.CompareExperiment.ActivationResult;
import org.activationlab.experiment.CompareExperiment.DivergedRun;
import org.activationlab.experiment.CompareExperiment.EpochRow;
import org.activationlab.experiment.CompareExperiment.Settings;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import org.junit.jupiter.api.Test;

/** Runs whose loss becomes NaN/∞ are kept and marked, left out of the statistics, and the others go on. */
class CompareDivergenceTest {
    private static final DataOptions POINTS = DataOptions.defaults().withPoints(80);

    private static Settings sgd(double learningRate, List<Activation> activations) {
        return new Settings("reg-plane", POINTS, List.of(4), activations, 2, 1, 3, 8,
                Optimizer.sgd(learningRate), 0, WeightInitChoice.AUTO, 0.9);
    }

    private static List<ActivationResult> results(ExperimentResult<CompareResult> r) {
        return r.findings().results();
    }

    @Test
    void absurdLearningRateDivergesEveryRunAndTheExperimentStillFinishes() {
        ExperimentResult<CompareResult> r = new CompareExperiment(sgd(1e6, List.of(Activation.SIGMOID, Activation.TANH))).run();
        List<DivergedRun> diverged = r.findings().details().diverged();
        assertEquals(4, diverged.size(), "every run diverges");
        assertTrue(diverged.stream().allMatch(d -> d.epoch() == 1), diverged.toString());
        // epoch 0 and the epoch of divergence are kept in the CSV, marked
        List<EpochRow> rows = r.findings().csv().rows();
        assertEquals(4 * 2, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.diverged() && row.divergedEpoch() == 1));
        assertTrue(rows.stream().filter(row -> row.epoch() == 1).allMatch(row -> !Double.isFinite(row.trainLoss())));
        for (ActivationResult a : results(r)) {
            assertEquals(2, a.diverged());
            assertEquals(0, a.finalMetric().n());
        }
        ClaimVerdict c12 = r.verdictOn(Claim.C12).orElseThrow();
        // nothing usable is left to test: inconclusive, never "not significant"
        assertEquals(Verdict.INCONCLUSIVE, c12.verdict());
        assertTrue(c12.evidence().contains("tanh 0 of 2 (2 diverged), sigmoid 0 of 2 (2 diverged)"), c12.evidence());
    }

    @Test
    void divergedRunsAreLeftOutWhileTheOthersAreSummarised() {
        // SGD with learning rate 1 on the plane: the linear (identity) network blows up; sigmoid's bounded
        // hidden outputs keep its loss finite (measured: final train loss ≈ 104, far off but not NaN).
        ExperimentResult<CompareResult> r = new CompareExperiment(sgd(1.0, List.of(Activation.SIGMOID, Activation.IDENTITY)))
                .run();
        ActivationResult sigmoid = results(r).get(0);
        ActivationResult identity = results(r).get(1);
        assertEquals(2, identity.diverged());
        assertEquals(0, identity.finalMetric().n());
        assertEquals(0, sigmoid.diverged());
        assertEquals(2, sigmoid.finalMetric().n());
        assertTrue(Double.isFinite(sigmoid.finalMetric().mean()));
        List<EpochRow> rows = r.findings().csv().rows();
        assertEquals(2 * (3 + 1), rows.stream().filter(row -> row.activation().equals("sigmoid")).count());
        // the bands leave the diverged runs out too
        Figure.Series identityLoss = r.figures().get(0).series().get(1);
        assertEquals(0, identityLoss.y().length);
    }

    @Test
    void aTestLossThatOverflowsCountsAsDivergedToo() {
        // SGD with learning rate 3: tanh's training loss stays finite (≈ 1e34) while its test predictions overflow.
        ExperimentResult<CompareResult> r = new CompareExperiment(sgd(3.0, List.of(Activation.TANH))).run();
        List<EpochRow> rows = r.findings().csv().rows();
        List<EpochRow> diverged = rows.stream().filter(row -> row.diverged() && row.epoch() == row.divergedEpoch()).toList();
        assertTrue(!diverged.isEmpty(), "a run must be marked");
        for (EpochRow row : diverged) {
            assertTrue(Double.isFinite(row.trainLoss()) && !Double.isFinite(row.testLoss()), row.toString());
        }
        ActivationResult tanh = results(r).get(0);
        assertEquals(2 - diverged.size(), tanh.finalMetric().n());
        assertTrue(Double.isNaN(tanh.finalMetric().mean()) || Double.isFinite(tanh.finalMetric().mean()));
    }
}
