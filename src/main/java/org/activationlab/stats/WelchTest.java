package org.activationlab.stats;

import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Welch's two-sample t-test (unequal variances, two-sided): is the difference of two means real?
 *
 * <p>t = (m_a − m_b) / √(s_a²/n_a + s_b²/n_b), with Welch–Satterthwaite degrees of freedom
 * df = (s_a²/n_a + s_b²/n_b)² / ((s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)).
 * The p-value comes from Apache Commons Math's {@link TTest}.
 *
 * @param nA    size of sample a
 * @param nB    size of sample b
 * @param meanA mean of a
 * @param meanB mean of b
 * @param t     t statistic (positive when a's mean is larger)
 * @param df    Welch–Satterthwaite degrees of freedom
 * @param p     two-sided p-value; NaN when either sample has fewer than 2 values
 */
public record WelchTest(int nA, int nB, double meanA, double meanB, double t, double df, double p) {

    /** Tests whether the means of {@code a} and {@code b} differ; NaN entries must be removed by the caller. */
    public static WelchTest of(double[] a, double[] b) {
        Summary sa = Summary.of(a);
        Summary sb = Summary.of(b);
        if (a.length < 2 || b.length < 2) {
            return new WelchTest(a.length, b.length, sa.mean(), sb.mean(), Double.NaN, Double.NaN, Double.NaN);
        }
        double va = sa.std() * sa.std() / a.length;
        double vb = sb.std() * sb.std() / b.length;
        if (va + vb == 0) {
            return constantSamples(a.length, b.length, sa.mean(), sb.mean());
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        TTest test = new TTest();
        return new WelchTest(a.length, b.length, sa.mean(), sb.mean(), test.t(a, b), df, test.tTest(a, b));
    }

    /**
     * Both samples constant (e.g. every seed reached the target in epoch 3): t is 0/0 or ±∞, so Welch's
     * test does not apply. Equal constants do not differ (p = 1); different ones are completely separated,
     * and the exact permutation test gives p = 2 / C(n_a + n_b, n_a), e.g. 0.33 for 2 vs 2 runs and
     * 0.008 for 5 vs 5, so a few identical runs are not mistaken for certainty.
     */
    private static WelchTest constantSamples(int nA, int nB, double meanA, double meanB) {
        if (meanA == meanB) {
            return new WelchTest(nA, nB, meanA, meanB, 0, Double.NaN, 1);
        }
        double p = Math.min(1, 2 / CombinatoricsUtils.binomialCoefficientDouble(nA + nB, nA));
        return new WelchTest(nA, nB, meanA, meanB, Math.copySign(Double.POSITIVE_INFINITY, meanA - meanB), Double.NaN, p);
    }

    /** m_a − m_b. */
    public double difference() {
        return meanA - meanB;
    }

    /** Whether p &lt; {@code alpha}; never when the test could not be run. */
    public boolean significantAt(double alpha) {
        return p < alpha;
    }
}
