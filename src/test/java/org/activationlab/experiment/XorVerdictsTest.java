package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.XorExperiment.ModelResult;
import org.junit.jupiter.api.Test;

/** The verdict logic on constructed results, so each branch is seen to fire. */
class XorVerdictsTest {

    private static ModelResult row(String model, String activation, int layers, double solved) {
        return new ModelResult(model, activation, layers, "", 0, 10, solved == 1 ? 1.0 : 0.5, solved, solved > 0 ? 50 : Double.NaN, 0.5);
    }

    private static List<ModelResult> results(double perceptronSolved, double linearSolved, double tanhSolved) {
        List<ModelResult> rows = new ArrayList<>();
        rows.add(row("perceptron", "none", 0, perceptronSolved));
        rows.add(row("linear MLP x1", "identity", 1, linearSolved));
        rows.add(row("tanh MLP", "tanh", 1, tanhSolved));
        return rows;
    }

    private static Verdict verdict(List<ClaimVerdict> verdicts, Claim claim) {
        return verdicts.stream().filter(v -> v.claim() == claim).findFirst().orElseThrow().verdict();
    }

    @Test
    void expectedShape() {
        List<ClaimVerdict> v = XorVerdicts.judge(results(0, 0, 1));
        assertEquals(Verdict.SUPPORTED, verdict(v, Claim.C4));
        assertEquals(Verdict.SUPPORTED, verdict(v, Claim.C5));
        assertEquals(Verdict.PARTLY, verdict(v, Claim.C6));
    }

    @Test
    void perceptronSolvingRefutesC5() {
        assertEquals(Verdict.REFUTED, verdict(XorVerdicts.judge(results(0.3, 0, 1)), Claim.C5));
    }

    @Test
    void linearSolvingRefutesC6() {
        assertEquals(Verdict.REFUTED, verdict(XorVerdicts.judge(results(0, 0.2, 1)), Claim.C6));
    }

    @Test
    void nonLinearRarelySolvingIsOnlyPartlyC4() {
        List<ClaimVerdict> v = XorVerdicts.judge(results(0, 0, 0.5));
        assertEquals(Verdict.PARTLY, verdict(v, Claim.C4));
        assertEquals(Verdict.SUPPORTED, verdict(v, Claim.C6));
        assertEquals(Verdict.REFUTED, verdict(XorVerdicts.judge(results(0, 0, 0)), Claim.C4));
    }

    @Test
    void inconclusiveWithoutTheModelsItNeeds() {
        List<ModelResult> onlyPerceptron = List.of(row("perceptron", "none", 0, 0));
        List<ClaimVerdict> v = XorVerdicts.judge(onlyPerceptron);
        assertEquals(List.of(Claim.C4, Claim.C5, Claim.C6), v.stream().map(ClaimVerdict::claim).toList());
        assertTrue(v.stream().allMatch(c -> c.verdict() == Verdict.INCONCLUSIVE), v.toString());
        assertTrue(v.get(0).evidence().contains("any linear MLP, any non-linear MLP"), v.get(0).evidence());
    }
}
