package org.activationlab.diagnostics;

import java.util.List;

/**
 * What a {@link HiddenUnitsProbe} saw: each hidden layer's units over the test set.
 *
 * @param atInit  first hidden layer first, before any training step
 * @param trained the same after the last step (meaningless when the run diverged)
 */
public record HiddenUnits(List<UnitStatistics> atInit, List<UnitStatistics> trained) implements Measurement {

    public HiddenUnits {
        atInit = List.copyOf(atInit);
        trained = List.copyOf(trained);
    }
}
