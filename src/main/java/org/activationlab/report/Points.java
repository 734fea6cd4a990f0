package org.activationlab.report;

import java.util.Arrays;

/**
 * The drawable part of a series: pairs with finite x and y (and y &gt; 0 on a log axis).
 *
 * <p>A diverged run leaves NaN or ∞ in its curve; dropping those points draws the rest instead of
 * failing the chart, and a log axis cannot show zero.
 */
record Points(double[] x, double[] y) {

    static Points of(double[] x, double[] y, boolean logY) {
        int n = Math.min(x.length, y.length);
        double[] keptX = new double[n];
        double[] keptY = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (ChartStyle.drawable(x[i], y[i], logY)) {
                keptX[k] = x[i];
                keptY[k] = y[i];
                k++;
            }
        }
        return new Points(Arrays.copyOf(keptX, k), Arrays.copyOf(keptY, k));
    }

    int size() {
        return x.length;
    }

    boolean isEmpty() {
        return x.length == 0;
    }
}
