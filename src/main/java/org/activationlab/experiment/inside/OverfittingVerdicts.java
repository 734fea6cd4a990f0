package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.activationlab.experiment.ActivationVerdicts;
import org.activationlab.experiment.ActivationVerdicts.Finding;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.OverfittingExperiment.Remedy;
import org.activationlab.experiment.inside.OverfittingExperiment.Run;
import org.activationlab.experiment.inside.OverfittingResult.RemedyVerdict;
import org.activationlab.stats.WelchTest;

/**
 * C18 from the runs: each remedy against no regularisation, on two aspects, each by Welch's t-test at
 * 5 %: does it shrink the train − test accuracy gap, and does it raise the test accuracy? A remedy is
 * judged like an activation in {@link ActivationVerdicts#combine}: supported when both aspects are
 * significantly in its favour, refuted when some are against it and none for it, partly when mixed,
 * not significant when nothing differs, inconclusive with fewer than 2 usable runs on a side. C18 combines
 * the three remedies' findings the same way.
 *
 * @param setting the data and network, for the evidence
 */
record OverfittingVerdicts(String setting) {

    /** The combined claim and the verdict of each remedy. */
    record Judged(ClaimVerdict claim, List<RemedyVerdict> remedies) {
    }

    /**
     * @param runs usable runs of every remedy
     * @param lost per remedy, runs that failed or diverged (left out of {@code runs})
     */
    Judged judge(List<Run> runs, Map<Remedy, Integer> lost) {
        double[] noneGap = values(runs, Remedy.NONE, Run::gap);
        double[] noneAcc = values(runs, Remedy.NONE, Run::testAccuracy);
        List<RemedyVerdict> remedies = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Remedy remedy : List.of(Remedy.L2, Remedy.DROPOUT, Remedy.EARLY_STOPPING)) {
            WelchTest gap = WelchTest.of(values(runs, remedy, Run::gap), noneGap);
            WelchTest acc = WelchTest.of(values(runs, remedy, Run::testAccuracy), noneAcc);
            Finding g = ActivationVerdicts.finding(gap, false);
            Finding a = ActivationVerdicts.finding(acc, true);
            findings.add(g);
            findings.add(a);
            remedies.add(new RemedyVerdict(remedy.id(), gap, acc, ActivationVerdicts.combine(List.of(g, a)),
                    describe(remedy, gap, g, acc, a, lost)));
        }
        Verdict verdict = ActivationVerdicts.combine(findings);
        String evidence = String.format(Locale.ROOT, "%s; without regularisation train %s vs test %s "
                        + "(gap %s, n = %d). %s.%s", setting, Table.format(mean(runs, Remedy.NONE, Run::trainAccuracy)),
                Table.format(mean(runs, Remedy.NONE, Run::testAccuracy)), Table.format(mean(runs, Remedy.NONE, Run::gap)),
                noneGap.length, remedies.stream().map(RemedyVerdict::evidence).collect(Collectors.joining("; ")),
                missing(lost));
        return new Judged(new ClaimVerdict(Claim.C18, verdict, evidence), remedies);
    }

    private static String describe(Remedy remedy, WelchTest gap, Finding g, WelchTest acc, Finding a,
                                   Map<Remedy, Integer> lost) {
        if (g == Finding.INCONCLUSIVE || a == Finding.INCONCLUSIVE) {
            return String.format(Locale.ROOT, "%s inconclusive: %d vs %d usable runs (Welch's test needs %d a side%s)",
                    remedy.id(), gap.nA(), gap.nB(), ActivationVerdicts.MIN_RUNS,
                    lost.isEmpty() ? "" : "; failed or diverged: " + lost.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", ")));
        }
        return String.format(Locale.ROOT, "%s: gap %s vs %s (p = %s, %s), test accuracy %s vs %s (p = %s, %s)",
                remedy.id(), Table.format(gap.meanA()), Table.format(gap.meanB()), ActivationVerdicts.fmtP(gap.p()),
                word(g, "smaller", "larger"), Table.format(acc.meanA()), Table.format(acc.meanB()),
                ActivationVerdicts.fmtP(acc.p()), word(a, "higher", "lower"));
    }

    private static String word(Finding f, String better, String worse) {
        return switch (f) {
            case BETTER -> better;
            case WORSE -> worse;
            case NOT_SIGNIFICANT -> "not significant: it does not help here";
            case INCONCLUSIVE -> "inconclusive";
        };
    }

    private static String missing(Map<Remedy, Integer> lost) {
        return lost.isEmpty() ? "" : " Left out (failed or diverged): " + lost.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", ")) + ".";
    }

    static double[] values(List<Run> runs, Remedy remedy, java.util.function.ToDoubleFunction<Run> f) {
        return runs.stream().filter(r -> r.remedy().equals(remedy.id())).mapToDouble(f).toArray();
    }

    private static double mean(List<Run> runs, Remedy remedy, java.util.function.ToDoubleFunction<Run> f) {
        return java.util.Arrays.stream(values(runs, remedy, f)).average().orElse(Double.NaN);
    }
}
