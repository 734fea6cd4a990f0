package org.activationlab.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * What one training recorded: metrics at epoch 0 and at each evaluated epoch, and where it diverged.
 *
 * <p>The one history type of the project: {@link TrainingRun}, the sweep's cell results and every
 * experiment read {@link #last()}, {@link #diverged()} and {@link #firstReaching} from here.
 *
 * @param epochs        metrics at epoch 0 (before any step) and at each evaluated epoch, in order
 * @param divergedEpoch the epoch in which the loss became NaN/∞ (the trainer stopped there), or -1
 */
public record TrainingHistory(List<EpochMetrics> epochs, int divergedEpoch) {

    public TrainingHistory {
        epochs = epochs == null ? List.of() : List.copyOf(epochs);
    }

    /** No training happened (e.g. the cell failed before its first step). */
    public static TrainingHistory none() {
        return new TrainingHistory(List.of(), -1);
    }

    @JsonIgnore
    public boolean diverged() {
        return divergedEpoch >= 0;
    }

    /** The metrics after the last evaluated epoch. */
    @JsonIgnore
    public EpochMetrics last() {
        return epochs.get(epochs.size() - 1);
    }

    /** The first evaluation whose {@code metric} (higher is better) reaches {@code target}. */
    public Optional<EpochMetrics> firstReaching(double target, ToDoubleFunction<EpochMetrics> metric) {
        return epochs.stream().filter(m -> metric.applyAsDouble(m) >= target).findFirst();
    }

    /** The first evaluated epoch whose test accuracy reaches {@code target}, or -1. */
    public int firstEpochReaching(double targetAccuracy) {
        return firstReaching(targetAccuracy, EpochMetrics::testAccuracy).map(EpochMetrics::epoch).orElse(-1);
    }

    /** The same history with every wall time zeroed: what must repeat exactly for the same seed. */
    public TrainingHistory withoutTiming() {
        return new TrainingHistory(epochs.stream().map(EpochMetrics::withoutTiming).toList(), divergedEpoch);
    }
}
