package org.activationlab.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.activationlab.diagnostics.Measurement;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.TrainingHistory;

/**
 * What one cell produced: its history and the measurements its probes took, or why it has none.
 *
 * @param cellId       {@link Cell#id()}
 * @param cell         the cell (provenance)
 * @param history      metrics at epoch 0 and each evaluated epoch, and where the loss diverged
 * @param measurements one per probe of the cell, in the cell's probe order
 * @param error        the failure message when training threw, else null
 */
public record CellResult(String cellId, Cell cell, TrainingHistory history, List<Measurement> measurements,
                         String error) {

    public CellResult {
        history = history == null ? TrainingHistory.none() : history;
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    /** A cell whose training threw: no history, the message kept. */
    public static CellResult failure(Cell cell, String error) {
        return new CellResult(cell.id(), cell, TrainingHistory.none(), List.of(), error);
    }

    /** The same numbers filed under {@code cell} (the driver's own copy, after a JSON round trip). */
    public CellResult of(Cell driverCell) {
        return new CellResult(driverCell.id(), driverCell, history, measurements, error);
    }

    @JsonIgnore
    public boolean failed() {
        return error != null;
    }

    @JsonIgnore
    public boolean diverged() {
        return history.diverged();
    }

    /** Neither failed nor diverged: its numbers count in statistics. */
    @JsonIgnore
    public boolean usable() {
        return !failed() && !diverged();
    }

    @JsonIgnore
    public EpochMetrics last() {
        return history.last();
    }

    /** The measurement of the given kind, e.g. {@code measurement(LayerTrace.class)}; empty if not taken. */
    public <M extends Measurement> Optional<M> measurement(Class<M> kind) {
        return measurements.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
