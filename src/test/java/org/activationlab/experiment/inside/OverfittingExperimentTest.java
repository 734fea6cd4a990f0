package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.OverfittingExperiment.Remedy;
import org.activationlab.experiment.inside.OverfittingExperiment.Run;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.junit.jupiter.api.Test;

/** C18's verdict branches from constructed numbers, and one quick real run. */
class OverfittingExperimentTest {
    private static final OverfittingVerdicts VERDICTS = new OverfittingVerdicts("constructed");

    /** Runs of {@code remedy} with these gaps and test accuracies (train = test + gap). */
    private static List<Run> runs(Remedy remedy, double[] gaps, double[] tests) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < gaps.length; i++) {
            runs.add(new Run(remedy.id(), i, 10, 10, tests[i] + gaps[i], tests[i], tests[i], gaps[i], tests[i], 10));
        }
        return runs;
    }

    private static List<Run> baselinePlus(double[] l2Gap, double[] l2Acc, double[] dropGap, double[] dropAcc,
                                          double[] esGap, double[] esAcc) {
        List<Run> all = new ArrayList<>(runs(Remedy.NONE, new double[]{0.20, 0.21, 0.19}, new double[]{0.70, 0.71, 0.69}));
        all.addAll(runs(Remedy.L2, l2Gap, l2Acc));
        all.addAll(runs(Remedy.DROPOUT, dropGap, dropAcc));
        all.addAll(runs(Remedy.EARLY_STOPPING, esGap, esAcc));
        return all;
    }

    private static final double[] SMALL_GAP = {0.05, 0.06, 0.04};
    private static final double[] HIGH_ACC = {0.80, 0.81, 0.79};
    private static final double[] SAME_GAP = {0.19, 0.22, 0.20};
    private static final double[] SAME_ACC = {0.71, 0.69, 0.70};

    private static Verdict remedy(OverfittingVerdicts.Judged j, String id) {
        return j.remedies().stream().filter(r -> r.remedy().equals(id)).findFirst().orElseThrow().verdict();
    }

    @Test
    void everyRemedyShrinkingTheGapAndRaisingTestAccuracySupportsC18() {
        var j = VERDICTS.judge(baselinePlus(SMALL_GAP, HIGH_ACC, SMALL_GAP, HIGH_ACC, SMALL_GAP, HIGH_ACC), Map.of());
        assertEquals(Verdict.SUPPORTED, j.claim().verdict());
        j.remedies().forEach(r -> assertEquals(Verdict.SUPPORTED, r.verdict(), r.remedy()));
        assertTrue(j.claim().evidence().contains("smaller"), j.claim().evidence());
    }

    @Test
    void aRemedyThatDoesNotHelpSaysSoAndTheClaimIsOnlyPartly() {
        var j = VERDICTS.judge(baselinePlus(SAME_GAP, SAME_ACC, SMALL_GAP, HIGH_ACC, SMALL_GAP, SAME_ACC), Map.of());
        assertEquals(Verdict.NOT_SIGNIFICANT, remedy(j, "l2"));
        assertEquals(Verdict.SUPPORTED, remedy(j, "dropout"));
        assertEquals(Verdict.PARTLY, remedy(j, "early stopping")); // smaller gap, same accuracy
        assertEquals(Verdict.PARTLY, j.claim().verdict());
        assertTrue(j.claim().evidence().contains("does not help"), j.claim().evidence());
    }

    @Test
    void remediesThatWidenTheGapAndLowerAccuracyRefuteC18() {
        double[] wide = {0.30, 0.31, 0.29};
        double[] low = {0.60, 0.61, 0.59};
        var j = VERDICTS.judge(baselinePlus(wide, low, wide, low, SAME_GAP, SAME_ACC), Map.of());
        assertEquals(Verdict.REFUTED, remedy(j, "l2"));
        assertEquals(Verdict.NOT_SIGNIFICANT, remedy(j, "early stopping"));
        assertEquals(Verdict.REFUTED, j.claim().verdict());
    }

    @Test
    void nothingDifferingIsNotSignificant() {
        var j = VERDICTS.judge(baselinePlus(SAME_GAP, SAME_ACC, SAME_GAP, SAME_ACC, SAME_GAP, SAME_ACC), Map.of());
        assertEquals(Verdict.NOT_SIGNIFICANT, j.claim().verdict());
    }

    @Test
    void aRemedyWithOneUsableRunIsInconclusiveAndSaysWhatIsMissing() {
        List<Run> all = baselinePlus(SMALL_GAP, HIGH_ACC, new double[]{0.05}, new double[]{0.8}, SMALL_GAP, HIGH_ACC);
        var j = VERDICTS.judge(all, Map.of(Remedy.DROPOUT, 2));
        assertEquals(Verdict.INCONCLUSIVE, remedy(j, "dropout"));
        assertEquals(Verdict.SUPPORTED, remedy(j, "l2"));
        assertEquals(Verdict.INCONCLUSIVE, j.claim().verdict());
        assertTrue(j.claim().evidence().contains("2 dropout"), j.claim().evidence());
    }

    @Test
    void noBaselineRunsMakeEveryRemedyInconclusive() {
        List<Run> all = new ArrayList<>(runs(Remedy.L2, SMALL_GAP, HIGH_ACC));
        var j = VERDICTS.judge(all, Map.of(Remedy.NONE, 3, Remedy.EARLY_STOPPING, 3));
        j.remedies().forEach(r -> assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.remedy()));
        assertEquals(Verdict.INCONCLUSIVE, j.claim().verdict());
    }

    /**
     * A wide net on 300 Fashion-MNIST training images (as the project's other Fashion-MNIST tests, it needs
     * the Debian package): it over-fits, dropout narrows the gap, early stopping stops early.
     */
    @Test
    void aWideNetOnASmallNoisySetOverfitsAndEveryRemedyIsMeasured() {
        var s = new OverfittingExperiment.Settings("fashion-mnist", null, DataOptions.defaults().withLimit(300), 2, 64,
                Activation.RELU, 15, 16, Optimizer.adam(0.003), 1e-3, 0.5, 0.2, 3, 2, 1);
        ExperimentResult<OverfittingResult> r = new OverfittingExperiment(s).run();
        OverfittingResult f = r.findings();
        assertEquals(8, f.runs().size());
        assertEquals(3 * 2 * 16, f.curves().size());
        for (Run none : f.runs("none")) {
            assertTrue(none.gap() > 0.1, "the unregularised wide net over-fits: gap " + none.gap());
            assertTrue(none.trainAccuracy() > 0.85, "it nearly memorises the fitting rows: " + none.trainAccuracy());
        }
        for (Run es : f.runs("early stopping")) {
            assertTrue(es.epochsTrained() < 15, "early stopping stops before the end: " + es.epochsTrained());
            assertEquals(es.epochsTrained() - 3, es.epoch(), 0, "it keeps the epoch patience before the stop");
        }
        double noneGap = f.runs("none").stream().mapToDouble(Run::gap).average().orElseThrow();
        double dropGap = f.runs("dropout").stream().mapToDouble(Run::gap).average().orElseThrow();
        assertTrue(dropGap < noneGap - 0.03, "dropout narrows the gap: " + dropGap + " vs " + noneGap);
        assertEquals(1, f.verdicts().size());
        assertEquals(3, f.remedies().size());
        assertEquals(3, f.figures().size());
        assertEquals(4, f.table().rows().size());
    }
}
