package org.activationlab.diagnostics;

/**
 * A trained network's test outputs against their targets ({@link OutputProbe}).
 *
 * @param rowSumError   mean |Σ outputs − 1| per example (0 for probabilities over classes; NaN for one unit)
 * @param predictionMin smallest output
 * @param predictionMax largest output
 * @param targetMin     smallest target
 * @param targetMax     largest target
 */
public record OutputSummary(double rowSumError, double predictionMin, double predictionMax, double targetMin,
                            double targetMax) implements Measurement {
}
