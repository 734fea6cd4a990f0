package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.activationlab.experiment.ActivationVerdicts;
import org.activationlab.experiment.ActivationVerdicts.Finding;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Run;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Setup;
import org.activationlab.network.Activation;
import org.activationlab.network.WeightInitChoice;
import org.activationlab.stats.WelchTest;

/**
 * C17 verdicts: each remedy against its baseline, setting by setting, with Welch's t-test at 5 %.
 *
 * <p>Three families, each judged on four aspects per setting: does the remedy lift the first hidden
 * layer's gradient (log₁₀ ‖∂L/∂W₁‖, at initialisation and after training), and does the network train
 * better (higher final test accuracy, fewer epochs to the target)?
 * <ul>
 *   <li>{@link Family#INITIALISATION}: each remedy initialisation vs the baseline, same activation, no batch norm;</li>
 *   <li>{@link Family#BATCH_NORM}: with vs without batch normalisation, same activation and initialisation;</li>
 *   <li>{@link Family#RELU}: relu or leaky relu vs sigmoid or tanh, same initialisation, no batch norm.</li>
 * </ul>
 * The first/last ratio of Glorot &amp; Bengio is reported beside each comparison, but it is not what is
 * judged: it says how the gradient is distributed over the layers, not how large it is. When the naive
 * initialisation lets the forward signal die (tanh, ReLU: each layer scales it by ≈ 0.01·√n), every
 * layer's gradient is ≈ 0 and the ratio is ≈ 1, or undefined where the last layers' gradients are 0 in
 * float; the first layer's own norm, at the same starting loss, shows what the network can learn.
 *
 * <p>A family's verdict combines every aspect of every setting ({@link ActivationVerdicts#combine}): supported
 * only if all favour the remedy; a setting where it does not help is named in the evidence. With fewer
 * than two usable runs on a side (failed cells, diverged runs) that aspect, and so the family, is
 * inconclusive.
 */
public final class RemedyVerdicts {
    /**
     * The smallest positive float: a gradient norm of 0 is below what the float network resolves, so it
     * is floored here before its logarithm (else one such run would make the mean −∞).
     */
    static final double FLOOR = Float.MIN_VALUE;

    /** A kind of remedy. */
    public enum Family {
        INITIALISATION("Initialisation"), BATCH_NORM("Batch normalisation"), RELU("ReLU");

        private final String title;

        Family(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What is compared, and which way is better. */
    public enum Measure {
        GRADIENT_AT_INIT("log10 first-layer gradient at init", true, false),
        GRADIENT_TRAINED("after training", true, true),
        ACCURACY("test accuracy", true, true),
        EPOCHS_TO_TARGET("epochs to target", false, true);

        private final String label;
        private final boolean higherIsBetter;
        private final boolean trainedOnly;

        Measure(String label, boolean higherIsBetter, boolean trainedOnly) {
            this.label = label;
            this.higherIsBetter = higherIsBetter;
            this.trainedOnly = trainedOnly;
        }

        /** This measure of {@code run}; NaN where it does not count (after training, for a diverged run). */
        double of(Run run, int epochs) {
            if (trainedOnly && run.diverged()) {
                return Double.NaN;
            }
            return switch (this) {
                case GRADIENT_AT_INIT -> log10(run.gradientAtInit()[0]);
                case GRADIENT_TRAINED -> log10(run.gradientTrained()[0]);
                case ACCURACY -> run.finalTestAccuracy();
                case EPOCHS_TO_TARGET -> epochsToTarget(run, epochs);
            };
        }

        String better() {
            return switch (this) {
                case GRADIENT_AT_INIT, GRADIENT_TRAINED -> "lifted";
                case ACCURACY -> "higher";
                case EPOCHS_TO_TARGET -> "faster";
            };
        }

        String worse() {
            return switch (this) {
                case GRADIENT_AT_INIT, GRADIENT_TRAINED -> "lowered";
                case ACCURACY -> "lower";
                case EPOCHS_TO_TARGET -> "slower";
            };
        }
    }

    /**
     * What the verdicts' evidence names.
     *
     * @param run          the networks and data, e.g. "fashion-mnist, 10 hidden layers of 16, …"
     * @param baselineInit the initialisation the remedy inits are compared with
     * @param target       the target test accuracy
     * @param epochs       epochs trained (a run that never reached the target counts as epochs + 1)
     */
    public record Context(String run, WeightInitChoice baselineInit, double target, int epochs) {
    }

    /**
     * One measure of one comparison.
     *
     * @param measure what was compared
     * @param test    Welch's test, remedy (a) vs baseline (b)
     * @param finding which way it came out for the remedy
     */
    public record Aspect(Measure measure, WelchTest test, Finding finding) {
        String describe() {
            String word = switch (finding) {
                case BETTER -> measure.better();
                case WORSE -> measure.worse();
                case NOT_SIGNIFICANT -> "n.s.";
                case INCONCLUSIVE -> "too few runs";
            };
            return String.format(Locale.ROOT, "%s %s vs %s (p = %s, %s)", measure.label, number(test.meanA()),
                    number(test.meanB()), ActivationVerdicts.fmtP(test.p()), word);
        }

        private static String number(double v) {
            return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    /**
     * A remedy against its baseline in one setting.
     *
     * @param family   the kind of remedy
     * @param remedy   the configuration with the remedy
     * @param baseline the same without it
     * @param aspects  one per {@link Measure}, in its order
     * @param ratios   first / last hidden-layer gradient norm at initialisation, geometric mean over the
     *                 runs where it is defined: remedy, baseline (reported, not judged)
     * @param missing  runs that could not count ("sigmoid, xavier: 0 of 2 finished (2 failed)"), or empty
     */
    public record Comparison(Family family, Setup remedy, Setup baseline, List<Aspect> aspects, double[] ratios,
                             String missing) {
        public Comparison {
            aspects = List.copyOf(aspects);
        }

        public Aspect aspect(Measure m) {
            return aspects.get(m.ordinal());
        }

        /** "sigmoid, xavier vs naive_normal": the remedy and what differs in the baseline. */
        String describe() {
            String base = switch (family) {
                case INITIALISATION -> baseline.init().name().toLowerCase(Locale.ROOT);
                case BATCH_NORM -> "without";
                case RELU -> baseline.activation().id();
            };
            return String.format(Locale.ROOT, "%s vs %s: first/last %s vs %s; %s", remedy.label(), base,
                    Table.format(ratios[0]), Table.format(ratios[1]), aspects.stream().map(Aspect::describe)
                            .collect(Collectors.joining("; ")));
        }
    }

    private RemedyVerdicts() {
    }

    /** log₁₀ of a gradient norm or ratio, floored at {@link #FLOOR}; NaN (an undefined ratio, 0/0) stays NaN. */
    static double log10(double value) {
        return Double.isNaN(value) ? value : Math.log10(Math.max(value, FLOOR));
    }

    /** The epoch that first reached the target, or epochs + 1 for a run that never did (a lower bound). */
    static double epochsToTarget(Run run, int epochs) {
        return run.epochToTarget() >= 0 ? run.epochToTarget() : epochs + 1;
    }

    /** Every remedy-vs-baseline pair the setups allow, family by family, in setup order. */
    static List<Comparison> compare(List<Setup> setups, List<Run> runs, List<Setup> failed, Context c) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Setup s : setups) {
            if (!s.batchNorm() && s.init() != c.baselineInit()) {
                comparisons.add(compare(Family.INITIALISATION, s, new Setup(s.activation(), c.baselineInit(), false),
                        runs, failed, c));
            }
        }
        for (Setup s : setups) {
            if (s.batchNorm()) {
                comparisons.add(compare(Family.BATCH_NORM, s, new Setup(s.activation(), s.init(), false), runs,
                        failed, c));
            }
        }
        for (Setup s : setups) {
            if (!s.batchNorm() && (s.activation() == Activation.RELU || s.activation() == Activation.LEAKY_RELU)) {
                for (Setup other : setups) {
                    if (!other.batchNorm() && other.init() == s.init() && saturates(other.activation())) {
                        comparisons.add(compare(Family.RELU, s, other, runs, failed, c));
                    }
                }
            }
        }
        return comparisons;
    }

    /** Sigmoid and tanh: the activations with a flat part and a slope below 1, which ReLU replaced. */
    private static boolean saturates(Activation a) {
        return a == Activation.SIGMOID || a == Activation.TANH;
    }

    private static Comparison compare(Family family, Setup remedy, Setup baseline, List<Run> runs, List<Setup> failed,
                                      Context c) {
        List<Aspect> aspects = new ArrayList<>();
        for (Measure m : Measure.values()) {
            WelchTest test = WelchTest.of(values(runs, remedy, m, c.epochs()), values(runs, baseline, m, c.epochs()));
            aspects.add(new Aspect(m, test, ActivationVerdicts.finding(test, m.higherIsBetter)));
        }
        String missing = List.of(remedy, baseline).stream().map(s -> missing(s, runs, failed))
                .filter(text -> !text.isEmpty()).collect(Collectors.joining(", "));
        return new Comparison(family, remedy, baseline, aspects, new double[] {geometricMeanRatio(runs, remedy),
                geometricMeanRatio(runs, baseline)}, missing);
    }

    /** 10^(mean log₁₀) of the defined (non-NaN) values, NaN if none: the typical value of numbers spanning decades. */
    static double geometricMean(DoubleStream values) {
        return Math.pow(10, values.map(RemedyVerdicts::log10).filter(v -> !Double.isNaN(v)).average()
                .orElse(Double.NaN));
    }

    private static double geometricMeanRatio(List<Run> runs, Setup setup) {
        return geometricMean(runs.stream().filter(r -> r.setup().equals(setup)).mapToDouble(Run::ratioAtInit));
    }

    private static double[] values(List<Run> runs, Setup setup, Measure m, int epochs) {
        return runs.stream().filter(r -> r.setup().equals(setup)).mapToDouble(r -> m.of(r, epochs))
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    /** "sigmoid, xavier: 1 of 2 finished (1 failed), 1 diverged", or "" when every run counts. */
    private static String missing(Setup s, List<Run> runs, List<Setup> failed) {
        long finished = runs.stream().filter(r -> r.setup().equals(s)).count();
        long diverged = runs.stream().filter(r -> r.setup().equals(s) && r.diverged()).count();
        long lost = failed.stream().filter(s::equals).count();
        if (lost == 0 && diverged == 0) {
            return "";
        }
        return s.label() + ": " + finished + " of " + (finished + lost) + " finished"
                + (lost > 0 ? " (" + lost + " failed)" : "") + (diverged > 0 ? ", " + diverged + " diverged" : "");
    }

    /** One C17 verdict per family that has comparisons. */
    static List<ClaimVerdict> judge(List<Comparison> comparisons, Context c) {
        List<ClaimVerdict> verdicts = new ArrayList<>();
        for (Family f : Family.values()) {
            List<Comparison> own = comparisons.stream().filter(x -> x.family() == f).toList();
            if (!own.isEmpty()) {
                verdicts.add(judge(f, own, c));
            }
        }
        return verdicts;
    }

    private static ClaimVerdict judge(Family family, List<Comparison> own, Context c) {
        List<Finding> findings = own.stream().flatMap(x -> x.aspects().stream()).map(Aspect::finding).toList();
        List<String> counts = new ArrayList<>();
        for (Measure m : Measure.values()) {
            counts.add(String.format(Locale.ROOT, "%s %d of %d (%s in %d)", m == Measure.EPOCHS_TO_TARGET
                            ? "epochs to " + Table.format(c.target()) + " " + m.better() : m.label + " " + m.better(),
                    count(own, m, Finding.BETTER), own.size(), m.worse(), count(own, m, Finding.WORSE)));
        }
        List<String> noGain = names(own, x -> x.aspects().stream().noneMatch(a -> a.finding() == Finding.BETTER));
        List<String> hurts = names(own, x -> x.aspects().stream().anyMatch(a -> a.finding() == Finding.WORSE));
        List<String> missing = own.stream().map(Comparison::missing).filter(m -> !m.isEmpty()).distinct().toList();
        String evidence = String.format(Locale.ROOT, "%s (%s; %s). Settings where it helps significantly (Welch, "
                        + "5 %%): %s. No significant gain: %s. Worse on some count: %s.%s Per setting, remedy vs "
                        + "baseline: %s. A run that never reached %s counts as %d epochs.",
                family.title(), scope(family, c), c.run(), String.join(", ", counts),
                noGain.isEmpty() ? "none" : String.join("; ", noGain), hurts.isEmpty() ? "none" : String.join("; ", hurts),
                missing.isEmpty() ? "" : " Missing: " + String.join("; ", missing) + ".",
                own.stream().map(Comparison::describe).collect(Collectors.joining(" | ")), Table.format(c.target()),
                c.epochs() + 1);
        return new ClaimVerdict(Claim.C17, ActivationVerdicts.combine(findings), evidence);
    }

    /** The verdict on {@code family} among {@code verdicts} (its evidence starts with the family's title). */
    static java.util.Optional<ClaimVerdict> find(List<ClaimVerdict> verdicts, Family family) {
        return verdicts.stream().filter(v -> v.evidence().startsWith(family.title() + " (")).findFirst();
    }

    private static String scope(Family family, Context c) {
        return switch (family) {
            case INITIALISATION -> "vs " + c.baselineInit().describe() + ", no batch norm";
            case BATCH_NORM -> "with vs without, same activation and initialisation";
            case RELU -> "vs sigmoid/tanh, same initialisation, no batch norm";
        };
    }

    private static long count(List<Comparison> own, Measure m, Finding f) {
        return own.stream().filter(x -> x.aspect(m).finding() == f).count();
    }

    private static List<String> names(List<Comparison> own, Predicate<Comparison> test) {
        return own.stream().filter(test).map(x -> x.remedy().label() + " vs " + x.baseline().label()).toList();
    }
}
