package org.activationlab.diagnostics;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a {@link Probe} measured during one training: plain numbers, serialised with a {@code kind}
 * tag so a cell result read back from JSON (a Spark task, a {@code --resume} store) keeps its type.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LayerTrace.class, name = "layers"),
        @JsonSubTypes.Type(value = DecisionSurface.class, name = "decision-grid"),
        @JsonSubTypes.Type(value = HiddenUnits.class, name = "hidden-units"),
        @JsonSubTypes.Type(value = HiddenCoordinates.class, name = "hidden-coordinates"),
        @JsonSubTypes.Type(value = ActivationCurve.class, name = "curve"),
        @JsonSubTypes.Type(value = ManualForwardCheck.class, name = "manual-forward"),
        @JsonSubTypes.Type(value = OutputSummary.class, name = "outputs")})
public sealed interface Measurement permits LayerTrace, DecisionSurface, HiddenUnits, HiddenCoordinates,
        ActivationCurve, ManualForwardCheck, OutputSummary {
}
