package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.DeadReluExperiment.ConfigResult;
import org.activationlab.experiment.inside.DeadReluExperiment.Rate;
import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;

/** C14/C15 verdicts from constructed per-run numbers: each branch, with Welch's test for C15. */
class DeadReluVerdictsTest {
    private static final double[] LOW = {0.70, 0.71, 0.72, 0.70, 0.71};
    private static final double[] SAME_AS_LOW = {0.71, 0.70, 0.71, 0.72, 0.70};
    private static final double[] HIGH = {0.80, 0.81, 0.82, 0.80, 0.81};

    private static ConfigResult config(Activation activation, Rate rate, double positiveTrained, double[] accuracies) {
        return new ConfigResult(activation, rate, 0.01, 0.5, positiveTrained, 0.01, 0.2, 0, accuracies, 0, 0);
    }

    private static ClaimVerdict c15(double[] reluNormal, double[] leakyNormal, double[] reluHigh, double[] leakyHigh) {
        return DeadReluExperiment.judgeC15(List.of(config(Activation.RELU, Rate.NORMAL, 0.5, reluNormal),
                config(Activation.RELU, Rate.HIGH, 0.1, reluHigh), config(Activation.LEAKY_RELU, Rate.NORMAL, 0.5, leakyNormal),
                config(Activation.LEAKY_RELU, Rate.HIGH, 0.1, leakyHigh)));
    }

    @Test
    void c15FollowsWelchsTestAtEachRate() {
        assertEquals(Verdict.SUPPORTED, c15(LOW, HIGH, LOW, HIGH).verdict());
        assertEquals(Verdict.PARTLY, c15(LOW, SAME_AS_LOW, LOW, HIGH).verdict());
        assertEquals(Verdict.NOT_SIGNIFICANT, c15(LOW, SAME_AS_LOW, LOW, SAME_AS_LOW).verdict());
        assertEquals(Verdict.REFUTED, c15(HIGH, LOW, LOW, SAME_AS_LOW).verdict());
        ClaimVerdict v = c15(LOW, HIGH, LOW, HIGH);
        assertTrue(v.evidence().contains("n = 5 vs 5") && v.evidence().contains("Welch p ="), v.evidence());
    }

    @Test
    void c15WithFewerThanTwoFinishedRunsIsInconclusive() {
        assertEquals(Verdict.INCONCLUSIVE, c15(new double[]{0.7}, new double[]{0.9}, LOW, SAME_AS_LOW).verdict());
    }

    @Test
    void c15WithEveryCellOfAConfigurationFailedIsInconclusiveAndSaysSo() {
        ConfigResult failedRelu = new ConfigResult(Activation.RELU, Rate.HIGH, 0.1, 0.5, Double.NaN, 0, Double.NaN,
                Double.NaN, new double[0], 0, 5);
        ClaimVerdict v = DeadReluExperiment.judgeC15(List.of(config(Activation.RELU, Rate.NORMAL, 0.5, LOW),
                failedRelu, config(Activation.LEAKY_RELU, Rate.NORMAL, 0.5, HIGH)));
        assertEquals(Verdict.INCONCLUSIVE, v.verdict());
        assertTrue(v.evidence().contains("relu at the high rate: 0 of 5 runs (5 failed)"), v.evidence());
        assertTrue(v.evidence().contains("leakyrelu at the high rate: no cell finished"), v.evidence());
    }

    @Test
    void c14FromTheShareOfPositivePreActivationsAndNeverFromNothing() {
        List<ConfigResult> rare = List.of(config(Activation.RELU, Rate.NORMAL, 0.9, LOW), config(Activation.RELU, Rate.HIGH, 0.1, LOW));
        List<ConfigResult> half = List.of(config(Activation.RELU, Rate.NORMAL, 0.45, LOW), config(Activation.RELU, Rate.HIGH, 0.1, LOW));
        List<ConfigResult> none = List.of(config(Activation.RELU, Rate.NORMAL, Double.NaN, new double[0]),
                config(Activation.RELU, Rate.HIGH, Double.NaN, new double[0]));
        assertEquals(Verdict.SUPPORTED, DeadReluExperiment.judgeC14(rare).verdict());
        assertEquals(Verdict.REFUTED, DeadReluExperiment.judgeC14(half).verdict());
        assertEquals(Verdict.INCONCLUSIVE, DeadReluExperiment.judgeC14(none).verdict());
        assertEquals(Verdict.INCONCLUSIVE, DeadReluExperiment.judgeC14(List.of()).verdict());
    }
}
