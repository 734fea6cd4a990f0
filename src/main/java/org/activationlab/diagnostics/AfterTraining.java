package org.activationlab.diagnostics;

import java.util.function.Function;
import org.activationlab.train.EpochMetrics;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A recorder that looks only at the trained network: for probes whose measurement needs no epoch
 * along the way (a decision surface, an output check, an activation's curve).
 *
 * @param measure the measurement of the trained network (which it must not change)
 */
record AfterTraining(Function<MultiLayerNetwork, Measurement> measure) implements Probe.Recorder {

    @Override
    public void afterEpoch(int epoch, MultiLayerNetwork network, EpochMetrics metrics) {
        // only the trained network matters
    }

    @Override
    public Measurement finish(MultiLayerNetwork trained) {
        return measure.apply(trained);
    }
}
