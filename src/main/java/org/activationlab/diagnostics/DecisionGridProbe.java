package org.activationlab.diagnostics;

import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.train.EpochMetrics;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** The trained binary classifier's P(class 1) over a grid covering its 2-D training data ({@link DecisionSurface}). */
public record DecisionGridProbe() implements Probe {

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        return new Recorder() {
            @Override
            public void afterEpoch(int epoch, MultiLayerNetwork network, EpochMetrics metrics) {
                // only the trained network matters
            }

            @Override
            public Measurement finish(MultiLayerNetwork trained) {
                return DecisionSurface.of(trained, data);
            }
        };
    }
}
