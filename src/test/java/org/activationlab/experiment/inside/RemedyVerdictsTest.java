package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.activationlab.experiment.ActivationVerdicts.Finding;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.RemedyVerdicts.Comparison;
import org.activationlab.experiment.inside.RemedyVerdicts.Family;
import org.activationlab.experiment.inside.RemedyVerdicts.Measure;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Run;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Setup;
import org.activationlab.network.Activation;
import org.activationlab.network.WeightInitChoice;
import org.junit.jupiter.api.Test;

/** C17 verdicts from constructed per-run numbers: every branch of each family, and what the evidence names. */
class RemedyVerdictsTest {
    private static final int EPOCHS = 3;
    private static final RemedyVerdicts.Context CONTEXT = new RemedyVerdicts.Context("test networks",
            WeightInitChoice.NAIVE_NORMAL, 0.55, EPOCHS);
    private static final Setup NAIVE = new Setup(Activation.SIGMOID, WeightInitChoice.NAIVE_NORMAL, false);
    private static final Setup XAVIER = new Setup(Activation.SIGMOID, WeightInitChoice.XAVIER, false);

    /** A network whose first hidden layer's gradient is 10^{@code log10Gradient} (before and after training). */
    private static Run run(Setup setup, long seed, double log10Gradient, double accuracy, int epochToTarget) {
        double g = Math.pow(10, log10Gradient + seed * 0.01); // a little spread, as seeds give
        return new Run(setup, seed, new double[] {g, 1}, new double[] {g, 1}, new double[] {g, g},
                new double[] {0.1, 0.2}, accuracy + seed * 0.001, epochToTarget, false);
    }

    /**
     * Four seeds (two constant samples never differ significantly); a run that reaches the target reaches it
     * one epoch later on odd seeds.
     */
    private static List<Run> seeds(Setup setup, double log10Gradient, double accuracy, int epochToTarget) {
        List<Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            runs.add(run(setup, seed, log10Gradient, accuracy, epochToTarget < 0 ? -1 : epochToTarget + (int) (seed % 2)));
        }
        return runs;
    }

    private static ClaimVerdict initVerdict(List<Run> runs, List<Setup> failed) {
        List<Comparison> comparisons = RemedyVerdicts.compare(List.of(NAIVE, XAVIER), runs, failed, CONTEXT);
        return RemedyVerdicts.find(RemedyVerdicts.judge(comparisons, CONTEXT), Family.INITIALISATION).orElseThrow();
    }

    private static List<Run> join(List<Run> a, List<Run> b) {
        List<Run> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aRemedyBetterOnEveryCountIsSupported() {
        ClaimVerdict v = initVerdict(join(seeds(XAVIER, -3, 0.6, 1), seeds(NAIVE, -12, 0.1, -1)), List.of());
        assertEquals(Claim.C17, v.claim());
        assertEquals(Verdict.SUPPORTED, v.verdict(), v.evidence());
        assertTrue(v.evidence().startsWith("Initialisation (vs naive N(0, 0.01²)"), v.evidence());
        assertTrue(v.evidence().contains("sigmoid, xavier vs naive_normal: first/last"), v.evidence());
        assertTrue(v.evidence().contains("No significant gain: none"), v.evidence());
    }

    @Test
    void aRemedyThatLiftsTheGradientButDoesNotTrainBetterIsPartlyAndSaysWhere() {
        ClaimVerdict v = initVerdict(join(seeds(XAVIER, -3, 0.1, -1), seeds(NAIVE, -12, 0.1, -1)), List.of());
        assertEquals(Verdict.PARTLY, v.verdict(), v.evidence());
        assertTrue(v.evidence().contains("test accuracy 0.10 vs 0.10 (p = 1.000, n.s.)"), v.evidence());
    }

    @Test
    void aRemedyWorseOnEveryCountIsRefuted() {
        ClaimVerdict v = initVerdict(join(seeds(XAVIER, -12, 0.1, -1), seeds(NAIVE, -3, 0.6, 1)), List.of());
        assertEquals(Verdict.REFUTED, v.verdict(), v.evidence());
        assertTrue(v.evidence().contains("Worse on some count: sigmoid, xavier vs sigmoid, naive_normal"), v.evidence());
        assertTrue(v.evidence().contains("No significant gain: sigmoid, xavier vs sigmoid, naive_normal"), v.evidence());
    }

    @Test
    void noDifferenceIsNotSignificant() {
        ClaimVerdict v = initVerdict(join(seeds(XAVIER, -3, 0.6, 1), seeds(NAIVE, -3, 0.6, 1)), List.of());
        assertEquals(Verdict.NOT_SIGNIFICANT, v.verdict(), v.evidence());
    }

    @Test
    void failedCellsMakeTheFamilyInconclusiveAndAreNamed() {
        List<Run> runs = join(seeds(XAVIER, -3, 0.6, 1), List.of(run(NAIVE, 1, -12, 0.1, -1)));
        ClaimVerdict v = initVerdict(runs, List.of(NAIVE));
        assertEquals(Verdict.INCONCLUSIVE, v.verdict(), v.evidence());
        assertTrue(v.evidence().contains("Missing: sigmoid, naive_normal: 1 of 2 finished (1 failed)"), v.evidence());
    }

    @Test
    void divergedRunsCountAtInitialisationButNotAfterTraining() {
        List<Run> diverged = seeds(XAVIER, -3, 0.6, 1).stream().map(r -> new Run(r.setup(), r.seed(),
                r.gradientAtInit(), r.gradientTrained(), r.ratioPerEpoch(), r.weightChange(), r.finalTestAccuracy(),
                r.epochToTarget(), true)).toList();
        Comparison c = RemedyVerdicts.compare(List.of(NAIVE, XAVIER), join(diverged, seeds(NAIVE, -12, 0.1, -1)),
                List.of(), CONTEXT).get(0);
        assertEquals(Finding.BETTER, c.aspect(Measure.GRADIENT_AT_INIT).finding());
        for (Measure m : List.of(Measure.GRADIENT_TRAINED, Measure.ACCURACY, Measure.EPOCHS_TO_TARGET)) {
            assertEquals(Finding.INCONCLUSIVE, c.aspect(m).finding(), m.name());
            assertEquals(0, c.aspect(m).test().nA(), m.name());
        }
        assertTrue(c.missing().contains("sigmoid, xavier: 4 of 4 finished, 4 diverged"), c.missing());
    }

    @Test
    void aRunThatNeverReachedTheTargetCountsAsOneEpochMore() {
        Comparison c = RemedyVerdicts.compare(List.of(NAIVE, XAVIER), join(seeds(XAVIER, -3, 0.6, 2),
                seeds(NAIVE, -12, 0.1, -1)), List.of(), CONTEXT).get(0);
        assertEquals(2.5, c.aspect(Measure.EPOCHS_TO_TARGET).test().meanA());
        assertEquals(EPOCHS + 1, c.aspect(Measure.EPOCHS_TO_TARGET).test().meanB());
        assertEquals(Finding.BETTER, c.aspect(Measure.EPOCHS_TO_TARGET).finding(), "fewer epochs is better");
    }

    @Test
    void aZeroGradientIsTheSmallestFloatNotMinusInfinity() {
        Run dead = new Run(NAIVE, 1, new double[] {0, 0}, new double[] {0, 0}, new double[] {Double.NaN},
                new double[] {0, 0}, 0.1, -1, false);
        assertEquals(Math.log10(Float.MIN_VALUE), Measure.GRADIENT_AT_INIT.of(dead, EPOCHS), 1e-12);
        assertTrue(Double.isNaN(RemedyVerdicts.log10(dead.ratioAtInit())), "0/0 stays undefined");
    }

    @Test
    void eachFamilyPairsTheRightSetups() {
        List<Setup> setups = new ArrayList<>();
        for (Activation a : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU)) {
            for (WeightInitChoice init : List.of(WeightInitChoice.NAIVE_NORMAL, WeightInitChoice.XAVIER,
                    WeightInitChoice.HE)) {
                setups.add(new Setup(a, init, false));
                setups.add(new Setup(a, init, true));
            }
        }
        List<Comparison> all = RemedyVerdicts.compare(setups, List.of(), List.of(), CONTEXT);
        Map<Family, Long> perFamily = all.stream().collect(Collectors.groupingBy(Comparison::family,
                Collectors.counting()));
        // 3 activations × 2 remedy inits; 9 configurations with vs without; relu vs sigmoid and tanh per init
        assertEquals(Map.of(Family.INITIALISATION, 6L, Family.BATCH_NORM, 9L, Family.RELU, 6L), perFamily);
        for (Comparison c : all) {
            switch (c.family()) {
                case INITIALISATION -> assertTrue(c.baseline().init() == WeightInitChoice.NAIVE_NORMAL
                        && c.remedy().activation() == c.baseline().activation() && !c.remedy().batchNorm()
                        && !c.baseline().batchNorm(), c.toString());
                case BATCH_NORM -> assertEquals(new Setup(c.remedy().activation(), c.remedy().init(), false),
                        c.baseline());
                case RELU -> assertTrue(c.remedy().activation() == Activation.RELU
                        && c.baseline().activation() != Activation.RELU && c.remedy().init() == c.baseline().init()
                        && !c.remedy().batchNorm() && !c.baseline().batchNorm(), c.toString());
            }
        }
        // no runs at all: nothing to test, every family inconclusive
        for (ClaimVerdict v : RemedyVerdicts.judge(all, CONTEXT)) {
            assertEquals(Verdict.INCONCLUSIVE, v.verdict(), v.evidence());
        }
    }

    @Test
    void withoutAReluFamilyActivationThereIsNoReluVerdict() {
        List<Comparison> all = RemedyVerdicts.compare(List.of(NAIVE, XAVIER, new Setup(Activation.SIGMOID,
                WeightInitChoice.XAVIER, true)), List.of(), List.of(), CONTEXT);
        List<ClaimVerdict> verdicts = RemedyVerdicts.judge(all, CONTEXT);
        assertEquals(2, verdicts.size());
        assertFalse(RemedyVerdicts.find(verdicts, Family.RELU).isPresent());
        assertTrue(RemedyVerdicts.find(verdicts, Family.BATCH_NORM).isPresent());
    }
}
