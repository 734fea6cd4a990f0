package org.activationlab.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.activationlab.train.EpochMetrics;

/**
 * What one cell produced: its history, or why it has none.
 *
 * @param cellId        {@link Cell#id()}
 * @param cell          the cell (provenance)
 * @param history       metrics at epoch 0 and each evaluated epoch
 * @param divergedEpoch epoch in which the loss became NaN/∞, or -1
 * @param error         the failure message when training threw, else null
 */
public record CellResult(String cellId, Cell cell, List<EpochMetrics> history, int divergedEpoch, String error) {

    public CellResult {
        history = history == null ? List.of() : List.copyOf(history);
    }

    @JsonIgnore
    public boolean failed() {
        return error != null;
    }

    @JsonIgnore
    public boolean diverged() {
        return divergedEpoch >= 0;
    }

    /** Neither failed nor diverged: its numbers count in statistics. */
    @JsonIgnore
    public boolean usable() {
        return !failed() && !diverged();
    }

    @JsonIgnore
    public EpochMetrics last() {
        return history.get(history.size() - 1);
    }

    /** First evaluated epoch whose test accuracy reaches {@code target}, or -1. */
    public int firstEpochReaching(double target) {
        return history.stream().filter(m -> m.testAccuracy() >= target).mapToInt(EpochMetrics::epoch).findFirst().orElse(-1);
    }
}
