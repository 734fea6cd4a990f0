package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import org.activationlab.network.Activation;
import org.activationlab.stats.WelchTest;

/**
 * Verdicts for C12 (tanh trains better than sigmoid), C13 (ReLU performs best and trains fastest) and
 * C15 (leaky ReLU learns better than ReLU), from per-seed measurements of each activation.
 *
 * <p>"Trains better" has two aspects, each judged by Welch's t-test at {@link #ALPHA}: a higher final
 * test metric, and fewer epochs to reach the target metric. A claim is <em>supported</em> when every
 * aspect differs significantly in its favour, <em>refuted</em> when some differ against it and none
 * for it, <em>partly</em> when the evidence is mixed, and <em>not significant</em> when nothing
 * differs significantly. Nothing here is tuned: the thresholds are the textbook 5 %. With fewer than
 * {@link #MIN_RUNS} usable runs on either side (cells failed, runs diverged) there is no test to make:
 * the claim is <em>inconclusive</em>, and the evidence says what is missing.
 *
 * <p>C13 makes two tests against every other activation, each at 5 % without a multiple-comparison
 * correction: "supported" needs all of them, so it is not made easier, but one chance finding among
 * them can turn "not significant" into "partly" or "refuted"; the evidence lists every p-value.
 */
public final class ActivationVerdicts {
    /** Significance level of every test. */
    public static final double ALPHA = 0.05;
    /** Usable runs each side needs for Welch's test (it needs a variance). */
    public static final int MIN_RUNS = 2;

    /**
     * One activation's measurements over the seeds whose runs did not diverge.
     *
     * @param activation     the hidden activation
     * @param finalMetric    final test metric per run (higher is better: accuracy or R²)
     * @param epochsToTarget epochs until the target was first reached per run; runs that never reached it
     *                       count as epochs + 1, a conservative lower bound
     * @param diverged       runs that diverged and are left out of both arrays
     * @param failed         cells that failed to train (no numbers at all)
     */
    public record Samples(Activation activation, double[] finalMetric, double[] epochsToTarget, int diverged,
                          int failed) {
        public Samples {
            if (finalMetric.length != epochsToTarget.length) {
                throw new IllegalArgumentException("samples for " + activation + ": " + finalMetric.length
                        + " final metrics but " + epochsToTarget.length + " epochs-to-target values");
            }
        }

        /** Samples of runs that all trained (none failed). */
        public Samples(Activation activation, double[] finalMetric, double[] epochsToTarget, int diverged) {
            this(activation, finalMetric, epochsToTarget, diverged, 0);
        }

        int usable() {
            return finalMetric.length;
        }

        /** "tanh 0 of 5 (3 diverged, 2 failed)". */
        String describeUsable() {
            List<String> lost = new ArrayList<>();
            if (diverged > 0) {
                lost.add(diverged + " diverged");
            }
            if (failed > 0) {
                lost.add(failed + " failed");
            }
            return activation + " " + usable() + " of " + (usable() + diverged + failed)
                    + (lost.isEmpty() ? "" : " (" + String.join(", ", lost) + ")");
        }
    }

    /** How one activation compares with another on one aspect; INCONCLUSIVE: too few runs to test. */
    public enum Finding { BETTER, WORSE, NOT_SIGNIFICANT, INCONCLUSIVE }

    /**
     * What is measured and how it is named in evidence.
     *
     * @param metric    e.g. "test accuracy"
     * @param target    the target metric value for "epochs to target"
     * @param maxEpochs epochs trained (a run that never reached the target counts as maxEpochs + 1)
     */
    public record Measure(String metric, double target, int maxEpochs) {
    }

    private ActivationVerdicts() {
    }

    /**
     * Verdicts for every claim the given activations allow (C12 needs tanh and sigmoid, and so on). The
     * claims are the article's, so C13's "ReLU performs best" is judged against the article's
     * activations only; ELU, SELU, GELU, Swish and softplus appear in the pairwise comparisons.
     */
    public static List<ClaimVerdict> judge(List<Samples> samples, Measure measure) {
        List<ClaimVerdict> verdicts = new ArrayList<>();
        Optional<Samples> sigmoid = find(samples, Activation.SIGMOID);
        Optional<Samples> tanh = find(samples, Activation.TANH);
        Optional<Samples> relu = find(samples, Activation.RELU);
        Optional<Samples> leaky = find(samples, Activation.LEAKY_RELU);
        if (tanh.isPresent() && sigmoid.isPresent()) {
            verdicts.add(pairVerdict(Claim.C12, tanh.get(), sigmoid.get(), measure));
        }
        List<Samples> article = samples.stream().filter(s -> s.activation().inArticle()).toList();
        if (relu.isPresent() && article.size() >= 2) {
            verdicts.add(bestVerdict(Claim.C13, relu.get(), article, measure));
        }
        if (leaky.isPresent() && relu.isPresent()) {
            verdicts.add(pairVerdict(Claim.C15, leaky.get(), relu.get(), measure));
        }
        return verdicts;
    }

    /** Claim "a trains better than b": higher final metric and fewer epochs to target. */
    static ClaimVerdict pairVerdict(Claim claim, Samples a, Samples b, Measure measure) {
        Optional<ClaimVerdict> tooFew = tooFew(claim, List.of(a, b));
        if (tooFew.isPresent()) {
            return tooFew.get();
        }
        Aspect quality = quality(a, b);
        Aspect speed = speed(a, b);
        String evidence = String.format("%s vs %s (n = %d vs %d runs): final %s %s; epochs to %s %s: %s%s.",
                a.activation(), b.activation(), a.finalMetric().length, b.finalMetric().length, measure.metric(),
                quality.describe(), measure.metric(), Table.format(measure.target()), speed.describe(),
                notes(List.of(a, b), measure));
        return new ClaimVerdict(claim, combine(List.of(quality.finding(), speed.finding())), evidence);
    }

    /** Claim "best trains better than every other activation", on both aspects against each. */
    static ClaimVerdict bestVerdict(Claim claim, Samples best, List<Samples> all, Measure measure) {
        Optional<ClaimVerdict> tooFew = tooFew(claim, all);
        if (tooFew.isPresent()) {
            return tooFew.get();
        }
        List<Samples> others = all.stream().filter(s -> s.activation() != best.activation()).toList();
        List<Finding> findings = new ArrayList<>();
        List<String> quality = new ArrayList<>();
        List<String> speed = new ArrayList<>();
        for (Samples other : others) {
            Aspect q = quality(best, other);
            Aspect s = speed(best, other);
            findings.add(q.finding());
            findings.add(s.finding());
            quality.add("vs " + other.activation() + " " + q.describe());
            speed.add("vs " + other.activation() + " " + s.describe());
        }
        String evidence = String.format("%s (n = %d runs) against %s — final %s: %s; epochs to %s %s: %s%s.",
                best.activation(), best.finalMetric().length,
                others.stream().map(o -> o.activation() + " (n = " + o.finalMetric().length + ")")
                        .collect(Collectors.joining(", ")),
                measure.metric(), String.join(", ", quality), measure.metric(), Table.format(measure.target()),
                String.join(", ", speed), notes(all, measure));
        return new ClaimVerdict(claim, combine(findings), evidence);
    }

    /** Inconclusive when some activation has fewer than {@link #MIN_RUNS} usable runs, saying which. */
    private static Optional<ClaimVerdict> tooFew(Claim claim, List<Samples> samples) {
        if (samples.stream().allMatch(s -> s.usable() >= MIN_RUNS)) {
            return Optional.empty();
        }
        return Optional.of(new ClaimVerdict(claim, Verdict.INCONCLUSIVE, String.format(
                "Too few usable runs to test (Welch's test needs %d per activation): %s.", MIN_RUNS,
                samples.stream().map(Samples::describeUsable).collect(Collectors.joining(", ")))));
    }

    /**
     * Supported if all aspects favour the claim, refuted if some oppose and none favour, else partly;
     * inconclusive when any aspect had too few runs to test.
     */
    public static Verdict combine(List<Finding> findings) {
        if (findings.contains(Finding.INCONCLUSIVE)) {
            return Verdict.INCONCLUSIVE;
        }
        boolean anyBetter = findings.contains(Finding.BETTER);
        boolean anyWorse = findings.contains(Finding.WORSE);
        if (!anyBetter && !anyWorse) {
            return Verdict.NOT_SIGNIFICANT;
        }
        if (findings.stream().allMatch(f -> f == Finding.BETTER)) {
            return Verdict.SUPPORTED;
        }
        return anyBetter ? Verdict.PARTLY : Verdict.REFUTED;
    }

    /** A test of one aspect and which way it came out for the claim. */
    record Aspect(WelchTest test, Finding finding, String better, String worse, DoubleFunction<String> number) {
        String describe() {
            String word = switch (finding) {
                case BETTER -> better;
                case WORSE -> worse;
                case NOT_SIGNIFICANT -> "not significant";
                case INCONCLUSIVE -> "inconclusive";
            };
            return String.format("%s vs %s (Welch p = %s, %s)", number.apply(test.meanA()),
                    number.apply(test.meanB()), fmtP(test.p()), word);
        }
    }

    private static Aspect quality(Samples a, Samples b) {
        WelchTest test = WelchTest.of(a.finalMetric(), b.finalMetric());
        return new Aspect(test, finding(test, true), "higher", "lower", Table::format);
    }

    private static Aspect speed(Samples a, Samples b) {
        WelchTest test = WelchTest.of(a.epochsToTarget(), b.epochsToTarget());
        return new Aspect(test, finding(test, false), "faster", "slower", ActivationVerdicts::fmtEpochs);
    }

    /** Which way a significant difference points, for a measure where higher (or lower) is better. */
    public static Finding finding(WelchTest test, boolean higherIsBetter) {
        if (test.nA() < MIN_RUNS || test.nB() < MIN_RUNS) {
            return Finding.INCONCLUSIVE;
        }
        if (!test.significantAt(ALPHA) || test.difference() == 0) {
            return Finding.NOT_SIGNIFICANT;
        }
        return (test.difference() > 0) == higherIsBetter ? Finding.BETTER : Finding.WORSE;
    }

    /** Diverged runs and the censoring rule, so the reader can weigh the numbers. */
    private static String notes(List<Samples> samples, Measure measure) {
        StringBuilder sb = new StringBuilder();
        String diverged = samples.stream().filter(s -> s.diverged() > 0)
                .map(s -> s.diverged() + " " + s.activation()).collect(Collectors.joining(", "));
        if (!diverged.isEmpty()) {
            sb.append("; diverged runs left out: ").append(diverged);
        }
        sb.append("; a run that never reached the target counts as ").append(measure.maxEpochs() + 1).append(" epochs");
        return sb.toString();
    }

    private static Optional<Samples> find(List<Samples> samples, Activation activation) {
        return samples.stream().filter(s -> s.activation() == activation).findFirst();
    }

    static String fmtEpochs(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.1f", v);
    }

    public static String fmtP(double p) {
        if (Double.isNaN(p)) {
            return "– (fewer than 2 runs)";
        }
        return p < 0.001 ? String.format("%.1e", p) : String.format("%.3f", p);
    }
}
