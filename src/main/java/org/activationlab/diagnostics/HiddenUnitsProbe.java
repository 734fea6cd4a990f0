package org.activationlab.diagnostics;

import java.util.List;
import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.train.EpochMetrics;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The {@link UnitStatistics} of every hidden layer over the whole test set, at initialisation and once
 * trained ({@link HiddenUnits}): e.g. the share of pre-activations z &gt; 0, and the units whose z is
 * ≤ 0 for every test example (dead).
 */
public record HiddenUnitsProbe() implements Probe {

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        INDArray test = data.test().getFeatures();
        return new Recorder() {
            private List<UnitStatistics> atInit = List.of();

            @Override
            public void afterEpoch(int epoch, MultiLayerNetwork network, EpochMetrics metrics) {
                if (epoch == 0) {
                    atInit = statistics(network, test);
                }
            }

            @Override
            public Measurement finish(MultiLayerNetwork trained) {
                return new HiddenUnits(atInit, statistics(trained, test));
            }
        };
    }

    /** Every hidden layer's statistics over {@code x}, first hidden layer first (a forward pass by hand). */
    static List<UnitStatistics> statistics(MultiLayerNetwork network, INDArray x) {
        return ManualForward.run(network, x).hidden().stream().map(UnitStatistics::of).toList();
    }
}
