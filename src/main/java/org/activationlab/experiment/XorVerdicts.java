package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.activationlab.experiment.XorExperiment.ModelResult;

/** Verdicts for C4–C6 computed from XOR results. */
final class XorVerdicts {
    /** "Most seeds": the share of seeds a model must solve XOR in to count as solving it. */
    static final double MOST = 0.8;

    private XorVerdicts() {
    }

    /**
     * Verdicts on C4–C6; each is inconclusive when a model group it compares has no finished run (its
     * cells failed, or an interrupted run did not reach them).
     */
    static List<ClaimVerdict> judge(List<ModelResult> results) {
        var perceptronRow = results.stream().filter(r -> r.hiddenLayers() == 0).findFirst();
        boolean hasLinear = results.stream().anyMatch(r -> r.hiddenActivation().equals("identity"));
        boolean hasNonLinear = results.stream().anyMatch(r -> r.hiddenLayers() > 0 && !r.hiddenActivation().equals("identity"));
        if (perceptronRow.isEmpty() || !hasLinear || !hasNonLinear) {
            List<String> missing = new ArrayList<>();
            if (perceptronRow.isEmpty()) {
                missing.add("the perceptron");
            }
            if (!hasLinear) {
                missing.add("any linear MLP");
            }
            if (!hasNonLinear) {
                missing.add("any non-linear MLP");
            }
            String why = "No finished run of " + String.join(", ", missing)
                    + " (cells failed or were not reached): nothing to compare.";
            return List.of(new ClaimVerdict(Claim.C4, Verdict.INCONCLUSIVE, why),
                    new ClaimVerdict(Claim.C5, Verdict.INCONCLUSIVE, why),
                    new ClaimVerdict(Claim.C6, Verdict.INCONCLUSIVE, why));
        }
        ModelResult perceptron = perceptronRow.get();
        List<ModelResult> linear = results.stream().filter(r -> r.hiddenActivation().equals("identity")).toList();
        List<ModelResult> nonLinear = results.stream()
                .filter(r -> r.hiddenLayers() > 0 && !r.hiddenActivation().equals("identity")).toList();
        // Most seeds solved first, then fewest steps to solve.
        ModelResult best = nonLinear.stream().max(Comparator.comparingDouble(ModelResult::solvedFraction)
                .thenComparing(r -> Double.isNaN(r.medianStepsToSolve()) ? Double.MAX_VALUE : r.medianStepsToSolve(),
                        Comparator.reverseOrder())).orElseThrow();
        double linearBestSolved = linear.stream().mapToDouble(ModelResult::solvedFraction).max().orElse(0);
        double linearBestAccuracy = linear.stream().mapToDouble(ModelResult::accuracyMean).max().orElse(0);
        long nonLinearSolving = nonLinear.stream().filter(r -> r.solvedFraction() >= MOST).count();

        Verdict c4 = best.solvedFraction() >= MOST ? Verdict.SUPPORTED
                : best.solvedFraction() > 0 ? Verdict.PARTLY : Verdict.REFUTED;
        String c4Evidence = String.format("%d of %d one-hidden-layer MLPs solved XOR in ≥ %.0f%% of seeds; best: %s "
                        + "solved %.0f%% of seeds (median %s steps).", nonLinearSolving, nonLinear.size(), MOST * 100,
                best.model(), best.solvedFraction() * 100, fmtSteps(best.medianStepsToSolve()));

        Verdict c5 = perceptron.solvedFraction() == 0 ? Verdict.SUPPORTED : Verdict.REFUTED;
        String c5Evidence = String.format("The perceptron (%d parameters) solved XOR in %.0f%% of seeds, mean accuracy %.3f "
                + "(a single linear boundary gets at most 3 of 4 points).", perceptron.parameters(),
                perceptron.solvedFraction() * 100, perceptron.accuracyMean());

        Verdict c6;
        String c6Evidence;
        if (linearBestSolved > 0) {
            c6 = Verdict.REFUTED;
            c6Evidence = String.format("A linear (identity) MLP solved XOR in %.0f%% of seeds.", linearBestSolved * 100);
        } else if (nonLinearSolving > 0) {
            // The article says stacking never helps; that holds only for linear layers.
            c6 = Verdict.PARTLY;
            c6Evidence = String.format("Linear stacks of 1–%d hidden layers never solved XOR (best mean accuracy %.3f), "
                            + "but one hidden layer with a non-linear activation did (%s: %.0f%% of seeds): stacking "
                            + "fails only without non-linearity.", linear.size(), linearBestAccuracy, best.model(),
                    best.solvedFraction() * 100);
        } else {
            c6 = Verdict.SUPPORTED;
            c6Evidence = String.format("No stacked model solved XOR in most seeds (linear best accuracy %.3f, "
                    + "non-linear best %.0f%% of seeds).", linearBestAccuracy, best.solvedFraction() * 100);
        }
        return List.of(new ClaimVerdict(Claim.C4, c4, c4Evidence), new ClaimVerdict(Claim.C5, c5, c5Evidence),
                new ClaimVerdict(Claim.C6, c6, c6Evidence));
    }

    private static String fmtSteps(double steps) {
        return Double.isNaN(steps) ? "–" : String.format("%.0f", steps);
    }
}
