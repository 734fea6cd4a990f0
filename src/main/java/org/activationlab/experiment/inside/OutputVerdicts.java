package org.activationlab.experiment.inside;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.OutputsExperiment.HeadResult;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Task;

/** Verdicts for C1, C7, C8 and C10 computed from the output-head results. */
final class OutputVerdicts {
    private OutputVerdicts() {
    }

    static List<ClaimVerdict> judge(List<HeadResult> results, NetworkSpec deep, NetworkSpec shallow) {
        return List.of(c1(results, deep, shallow), c7(results), c8(results), c10(results));
    }

    /** C1: the depth count and "deep" follow the definition, and back-propagation lowered every loss. */
    static ClaimVerdict c1(List<HeadResult> results, NetworkSpec deep, NetworkSpec shallow) {
        if (results.isEmpty()) {
            return new ClaimVerdict(Claim.C1, Verdict.INCONCLUSIVE, "No finished run of any head (their cells failed "
                    + "or were not reached): no loss to compare.");
        }
        long lowered = results.stream().filter(r -> r.finalLoss() < r.initialLoss()).count();
        boolean definition = deep.isDeep() == (deep.hidden().size() >= 2) && !shallow.isDeep()
                && deep.depth() == deep.hidden().size() + 1;
        Verdict v = definition && lowered == results.size() ? Verdict.SUPPORTED
                : definition && lowered > 0 ? Verdict.PARTLY : Verdict.REFUTED;
        HeadResult example = results.get(0);
        return new ClaimVerdict(Claim.C1, v, String.format("describe() counts %d computing layers for %s (input not "
                        + "counted) and calls it %s; with one hidden layer it is %s. Back-propagation lowered the "
                        + "training loss of %d of %d deep networks (e.g. %s: %.3f → %.3f).", deep.depth(),
                deep.shortName(), deep.isDeep() ? "deep" : "not deep", shallow.isDeep() ? "deep" : "not deep", lowered,
                results.size(), example.head(), example.initialLoss(), example.finalLoss()));
    }

    /** C7: identity + MSE vs. sigmoid output on regression. */
    static ClaimVerdict c7(List<HeadResult> results) {
        return paired(Claim.C7, results, Task.REGRESSION, OutputVerdicts::c7);
    }

    private static ClaimVerdict c7(HeadResult identity, HeadResult sigmoid) {
        double gain = identity.testR2() - sigmoid.testR2();
        Verdict v = gain > OutputsExperiment.R2_MARGIN ? Verdict.SUPPORTED
                : gain >= -OutputsExperiment.R2_MARGIN ? Verdict.PARTLY : Verdict.REFUTED;
        return new ClaimVerdict(Claim.C7, v, String.format("%s: identity output R² %.3f vs sigmoid output R² %.3f; "
                        + "targets span [%.2f, %.2f] but the sigmoid's outputs stay in [%.2f, %.2f]%s.",
                identity.dataset(), identity.testR2(), sigmoid.testR2(), identity.targetMin(), identity.targetMax(),
                sigmoid.predictionMin(), sigmoid.predictionMax(), v == Verdict.PARTLY
                        ? " (no clear difference: the targets fit inside the sigmoid's range)" : ""));
    }

    /** C8: softmax + cross-entropy vs. independent sigmoids + MSE on multi-class data. */
    static ClaimVerdict c8(List<HeadResult> results) {
        return paired(Claim.C8, results, Task.MULTICLASS, OutputVerdicts::c8);
    }

    private static ClaimVerdict c8(HeadResult softmax, HeadResult sigmoids) {
        double gain = softmax.testAccuracy() - sigmoids.testAccuracy();
        boolean probabilities = softmax.outputSumError() < 1e-3 && sigmoids.outputSumError() > 1e-3;
        Verdict v = gain >= -OutputsExperiment.ACCURACY_MARGIN && probabilities ? Verdict.SUPPORTED
                : gain >= -OutputsExperiment.ACCURACY_MARGIN || probabilities ? Verdict.PARTLY : Verdict.REFUTED;
        return new ClaimVerdict(Claim.C8, v, String.format("%s: softmax + cross-entropy accuracy %.3f vs independent "
                        + "sigmoids + MSE %.3f (%+.3f); softmax outputs sum to 1 within %.1g per example, the sigmoids' "
                        + "miss 1 by %.3f on average, so only softmax gives class probabilities.", softmax.dataset(),
                softmax.testAccuracy(), sigmoids.testAccuracy(), gain, softmax.outputSumError(),
                sigmoids.outputSumError()));
    }

    /** C10 (output part): one sigmoid unit vs. two softmax units on binary data. */
    static ClaimVerdict c10(List<HeadResult> results) {
        return paired(Claim.C10, results, Task.BINARY, OutputVerdicts::c10);
    }

    private static ClaimVerdict c10(HeadResult sigmoid, HeadResult softmax) {
        double gain = sigmoid.testAccuracy() - softmax.testAccuracy();
        Verdict v = gain >= -OutputsExperiment.ACCURACY_MARGIN ? Verdict.SUPPORTED : Verdict.REFUTED;
        return new ClaimVerdict(Claim.C10, v, String.format("%s: one sigmoid unit + binary cross-entropy accuracy %.3f "
                        + "vs two softmax units %.3f (%+.3f) with %d vs %d parameters: the sigmoid head does the job "
                        + "with one unit (two-unit softmax is the same model, not a better one). The 'not in hidden "
                        + "layers' part is measured by vanishing.", sigmoid.dataset(), sigmoid.testAccuracy(),
                softmax.testAccuracy(), gain, sigmoid.parameters(), softmax.parameters()));
    }

    /** {@code judge(article's head, alternative)} on {@code task}, or inconclusive when either has no finished run. */
    private static ClaimVerdict paired(Claim claim, List<HeadResult> results, Task task,
                                       BiFunction<HeadResult, HeadResult, ClaimVerdict> judge) {
        Optional<HeadResult> article = pick(results, task, true);
        Optional<HeadResult> alternative = pick(results, task, false);
        if (article.isEmpty() || alternative.isEmpty()) {
            return new ClaimVerdict(claim, Verdict.INCONCLUSIVE, String.format("No finished run of the %s head on %s "
                            + "(its cells failed or were not reached): nothing to compare.",
                    article.isEmpty() ? "article's" : "alternative", task.description()));
        }
        return judge.apply(article.get(), alternative.get());
    }

    private static Optional<HeadResult> pick(List<HeadResult> results, Task task, boolean article) {
        return results.stream().filter(r -> r.task().equals(task.description()) && r.articlePairing() == article)
                .findFirst();
    }
}
