package org.activationlab.diagnostics;

import java.util.List;

/**
 * A trained network's output by hand against DL4J's ({@link ManualForwardProbe}).
 *
 * @param examples         points compared
 * @param maxAbsDifference max |hand − network.output| over all points and outputs
 * @param codePath         the hand computation as code, one line per step ({@link ManualForward#codePath})
 */
public record ManualForwardCheck(int examples, double maxAbsDifference, List<String> codePath)
        implements Measurement {

    public ManualForwardCheck {
        codePath = List.copyOf(codePath);
    }
}
