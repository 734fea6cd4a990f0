package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.experiment.ActivationVerdicts.Measure;
import org.activationlab.experiment.ActivationVerdicts.Samples;
import org.activationlab.network.Activation;
import org.junit.jupiter.api.Test;

class ActivationVerdictsTest {
    private static final Measure MEASURE = new Measure("test accuracy", 0.9, 20);

    private static final double[] HIGH = {0.95, 0.96, 0.94, 0.95, 0.97};
    private static final double[] LOW = {0.80, 0.82, 0.79, 0.81, 0.80};
    private static final double[] MIDDLE = {0.90, 0.92, 0.88, 0.91, 0.89};
    private static final double[] MIDDLE_SHUFFLED = {0.91, 0.89, 0.90, 0.88, 0.92};
    private static final double[] FAST = {3, 4, 3, 5, 4};
    private static final double[] SLOW = {12, 15, 11, 14, 13};
    private static final double[] SLOW_NOISY = {2, 21, 3, 21, 4};

    private static Samples s(Activation a, double[] finals, double[] epochs) {
        return new Samples(a, finals, epochs, 0);
    }

    private static ClaimVerdict verdict(Claim claim, List<Samples> samples) {
        return ActivationVerdicts.judge(samples, MEASURE).stream().filter(v -> v.claim() == claim).findFirst()
                .orElseThrow();
    }

    @Test
    void significantlyBetterOnBothAspectsIsSupported() {
        ClaimVerdict c12 = verdict(Claim.C12, List.of(s(Activation.SIGMOID, LOW, SLOW), s(Activation.TANH, HIGH, FAST)));
        assertEquals(Verdict.SUPPORTED, c12.verdict());
        // means, p-values and n appear in the evidence
        assertTrue(c12.evidence().contains("tanh vs sigmoid (n = 5 vs 5 runs)"), c12.evidence());
        assertTrue(c12.evidence().contains("0.954 vs 0.804"), c12.evidence());
        assertTrue(c12.evidence().contains("3.8 vs 13.0"), c12.evidence());
        assertTrue(c12.evidence().contains("Welch p = "), c12.evidence());
        assertTrue(c12.evidence().contains("counts as 21 epochs"), c12.evidence());
    }

    @Test
    void significantlyWorseIsRefuted() {
        ClaimVerdict c12 = verdict(Claim.C12, List.of(s(Activation.SIGMOID, HIGH, FAST), s(Activation.TANH, LOW, SLOW)));
        assertEquals(Verdict.REFUTED, c12.verdict());
        assertTrue(c12.evidence().contains("lower") && c12.evidence().contains("slower"), c12.evidence());
    }

    @Test
    void overlappingSamplesAreNotSignificant() {
        ClaimVerdict c15 = verdict(Claim.C15, List.of(s(Activation.RELU, MIDDLE, FAST),
                s(Activation.LEAKY_RELU, MIDDLE_SHUFFLED, FAST)));
        assertEquals(Verdict.NOT_SIGNIFICANT, c15.verdict());
        assertTrue(c15.evidence().contains("not significant"), c15.evidence());
    }

    @Test
    void betterMetricButNoSignificantSpeedupIsPartly() {
        ClaimVerdict c15 = verdict(Claim.C15, List.of(s(Activation.RELU, LOW, SLOW_NOISY),
                s(Activation.LEAKY_RELU, HIGH, FAST)));
        assertEquals(Verdict.PARTLY, c15.verdict(), c15.evidence());
    }

    @Test
    void reluMustBeatEveryOtherActivationForC13() {
        List<Samples> reluBest = List.of(s(Activation.SIGMOID, LOW, SLOW), s(Activation.TANH, MIDDLE, SLOW),
                s(Activation.RELU, HIGH, FAST));
        ClaimVerdict best = verdict(Claim.C13, reluBest);
        assertEquals(Verdict.SUPPORTED, best.verdict(), best.evidence());
        assertTrue(best.evidence().contains("vs sigmoid") && best.evidence().contains("vs tanh"), best.evidence());

        List<Samples> tiedWithTanh = List.of(s(Activation.SIGMOID, LOW, SLOW), s(Activation.TANH, HIGH, FAST),
                s(Activation.RELU, HIGH, FAST));
        assertEquals(Verdict.PARTLY, verdict(Claim.C13, tiedWithTanh).verdict());

        List<Samples> reluWorst = List.of(s(Activation.TANH, HIGH, FAST), s(Activation.RELU, LOW, SLOW));
        assertEquals(Verdict.REFUTED, verdict(Claim.C13, reluWorst).verdict());
    }

    @Test
    void onlyClaimsTheActivationsAllowAreJudged() {
        List<ClaimVerdict> verdicts = ActivationVerdicts.judge(List.of(s(Activation.RELU, HIGH, FAST),
                s(Activation.TANH, LOW, SLOW)), MEASURE);
        assertEquals(List.of(Claim.C13), verdicts.stream().map(ClaimVerdict::claim).toList());
        assertEquals(List.of(), ActivationVerdicts.judge(List.of(s(Activation.RELU, HIGH, FAST)), MEASURE));
    }

    @Test
    void tooFewUsableRunsAreInconclusiveNeverNotSignificant() {
        Samples relu = new Samples(Activation.RELU, new double[]{0.9}, new double[]{4}, 3, 1);
        ClaimVerdict c15 = verdict(Claim.C15, List.of(relu, s(Activation.LEAKY_RELU, HIGH, FAST)));
        assertEquals(Verdict.INCONCLUSIVE, c15.verdict());
        assertTrue(c15.evidence().contains("relu 1 of 5 (3 diverged, 1 failed)"), c15.evidence());
        ClaimVerdict c13 = verdict(Claim.C13, List.of(relu, s(Activation.TANH, HIGH, FAST)));
        assertEquals(Verdict.INCONCLUSIVE, c13.verdict(), "C13 needs 2 runs of every activation");
    }

    @Test
    void divergedRunsAreReportedBesideAVerdict() {
        Samples relu = new Samples(Activation.RELU, LOW, SLOW, 4);
        ClaimVerdict c15 = verdict(Claim.C15, List.of(relu, s(Activation.LEAKY_RELU, HIGH, FAST)));
        assertEquals(Verdict.SUPPORTED, c15.verdict());
        assertTrue(c15.evidence().contains("diverged runs left out: 4 relu"), c15.evidence());
    }

    @Test
    void combineRules() {
        var better = ActivationVerdicts.Finding.BETTER;
        var worse = ActivationVerdicts.Finding.WORSE;
        var none = ActivationVerdicts.Finding.NOT_SIGNIFICANT;
        assertEquals(Verdict.SUPPORTED, ActivationVerdicts.combine(List.of(better, better)));
        assertEquals(Verdict.PARTLY, ActivationVerdicts.combine(List.of(better, worse)));
        assertEquals(Verdict.REFUTED, ActivationVerdicts.combine(List.of(none, worse)));
        assertEquals(Verdict.NOT_SIGNIFICANT, ActivationVerdicts.combine(List.of(none, none)));
    }
}
