package org.activationlab.diagnostics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a {@link LayerProbe} saw: one snapshot at initialisation and after each evaluated epoch.
 *
 * @param snapshots    gradient norms and hidden-unit statistics, epoch 0 first
 * @param weightChange ‖W_end − W_init‖ / ‖W_init‖ per computing layer, output layer last
 */
public record LayerTrace(List<LayerWatch.Snapshot> snapshots, double[] weightChange) implements Measurement {

    public LayerTrace {
        snapshots = List.copyOf(snapshots);
    }

    @JsonIgnore
    public LayerWatch.Snapshot first() {
        return snapshots.get(0);
    }

    @JsonIgnore
    public LayerWatch.Snapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }
}
