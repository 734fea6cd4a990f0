package org.activationlab.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, spread and a 95 % confidence interval of a sample (e.g. one metric over seeds).
 *
 * @param n      sample size
 * @param mean   arithmetic mean
 * @param std    sample standard deviation (n − 1); 0 for n = 1
 * @param median middle value
 * @param ciLow  lower end of the 95 % t-interval for the mean
 * @param ciHigh upper end
 * @param min    smallest value
 * @param max    largest value
 */
public record Summary(int n, double mean, double std, double median, double ciLow, double ciHigh, double min,
                      double max) {

    /** Summarises {@code values}; NaN entries (e.g. diverged runs) must be removed by the caller. */
    public static Summary of(double... values) {
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double std = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * std / Math.sqrt(n) : 0;
        return new Summary(n, mean, std, median, mean - half, mean + half, sorted[0], sorted[n - 1]);
    }
}
