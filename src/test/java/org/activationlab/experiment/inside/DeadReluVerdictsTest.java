package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.DeadReluExperiment.ConfigResult;
import org.junit.jupiter.api.Test;

/** C14/C15 verdicts from constructed per-run numbers: each branch, with Welch's test for C15. */
class DeadReluVerdictsTest {
    private static final double[] LOW = {0.70, 0.71, 0.72, 0.70, 0.71};
    private static final double[] SAME_AS_LOW = {0.71, 0.70, 0.71, 0.72, 0.70};
    private static final double[] HIGH = {0.80, 0.81, 0.82, 0.80, 0.81};

    private static ConfigResult config(String activation, String rate, double positiveTrained, double[] accuracies) {
        return new ConfigResult(activation, rate, 0.01, 0.5, positiveTrained, 0.01, 0.2, 0, accuracies, 0);
    }

    private static ClaimVerdict c15(double[] reluNormal, double[] leakyNormal, double[] reluHigh, double[] leakyHigh) {
        return DeadReluExperiment.judgeC15(List.of(config("relu", "normal", 0.5, reluNormal),
                config("relu", "high", 0.1, reluHigh), config("leakyrelu", "normal", 0.5, leakyNormal),
                config("leakyrelu", "high", 0.1, leakyHigh)));
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
    void c14FromTheShareOfPositivePreActivationsAndNeverFromNothing() {
        List<ConfigResult> rare = List.of(config("relu", "normal", 0.9, LOW), config("relu", "high", 0.1, LOW));
        List<ConfigResult> half = List.of(config("relu", "normal", 0.45, LOW), config("relu", "high", 0.1, LOW));
        List<ConfigResult> none = List.of(config("relu", "normal", Double.NaN, new double[0]),
                config("relu", "high", Double.NaN, new double[0]));
        assertEquals(Verdict.SUPPORTED, DeadReluExperiment.judgeC14(rare).verdict());
        assertEquals(Verdict.REFUTED, DeadReluExperiment.judgeC14(half).verdict());
        assertEquals(Verdict.NOT_SIGNIFICANT, DeadReluExperiment.judgeC14(none).verdict());
    }
}
