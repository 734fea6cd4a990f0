package org.activationlab.diagnostics;

import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The trained network's outputs on the test set: their range, the targets' range, how far rows miss summing to 1 ({@link OutputSummary}). */
public record OutputProbe() implements Probe {

    @Override
    public Recorder start(NetworkSpec spec, Dataset data) {
        return new AfterTraining(trained -> {
            INDArray out = trained.output(data.test().getFeatures(), false);
            INDArray y = Dataset.labelsFor(data.test().getLabels(), spec.head());
            double rowSumError = spec.head().units() == 1 ? Double.NaN
                    : Transforms.abs(out.sum(1).subi(1), false).meanNumber().doubleValue();
            return new OutputSummary(rowSumError, out.minNumber().doubleValue(), out.maxNumber().doubleValue(),
                    y.minNumber().doubleValue(), y.maxNumber().doubleValue());
        });
    }
}
