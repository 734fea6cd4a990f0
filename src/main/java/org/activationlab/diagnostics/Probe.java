package org.activationlab.diagnostics;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.activationlab.data.Dataset;
import org.activationlab.network.NetworkSpec;
import org.activationlab.train.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What to measure inside a network while it trains, declared as plain values.
 *
 * <p>A sweep cell lists its probes; they are part of the cell's identity (hash) and travel with it as
 * JSON, so the measuring happens wherever the cell trains (a local thread or a Spark executor) and
 * only the typed {@link Measurement} comes back, never the network. To add a kind of measurement:
 * a record implementing this interface (its settings), a {@link Measurement} record (what it
 * returns), and one {@code @JsonSubTypes} line in each.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LayerProbe.class, name = "layers"),
        @JsonSubTypes.Type(value = DecisionGridProbe.class, name = "decision-grid"),
        @JsonSubTypes.Type(value = HiddenUnitsProbe.class, name = "hidden-units"),
        @JsonSubTypes.Type(value = HiddenCoordinatesProbe.class, name = "hidden-coordinates"),
        @JsonSubTypes.Type(value = CurveProbe.class, name = "curve"),
        @JsonSubTypes.Type(value = ManualForwardProbe.class, name = "manual-forward"),
        @JsonSubTypes.Type(value = OutputProbe.class, name = "outputs")})
public sealed interface Probe permits LayerProbe, DecisionGridProbe, HiddenUnitsProbe, HiddenCoordinatesProbe,
        CurveProbe, ManualForwardProbe, OutputProbe {

    /** Starts measuring one training of {@code spec} on {@code data}, before its first step. */
    Recorder start(NetworkSpec spec, Dataset data);

    /** Sees the network at epoch 0 and each evaluated epoch, then gives its measurement once trained. */
    interface Recorder extends Trainer.EpochObserver {
        /** The measurement, from what was seen and the trained network (which it must not change). */
        Measurement finish(MultiLayerNetwork trained);
    }
}
