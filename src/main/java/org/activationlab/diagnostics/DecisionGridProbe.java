package org.activationlab.diagnostics;

import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;

/** The trained binary classifier's P(class 1) over a grid covering its 2-D training data ({@link DecisionSurface}). */
public record DecisionGridProbe() implements Probe {

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        return new AfterTraining(trained -> DecisionSurface.of(trained, data));
    }
}
