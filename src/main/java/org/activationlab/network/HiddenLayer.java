package org.activationlab.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One hidden (computing) layer: its width and activation, and optionally batch normalisation and dropout.
 *
 * <p>Batch normalisation follows Ioffe &amp; Szegedy (2015): it normalises the layer's pre-activation
 * z = x·W over each minibatch, then scales and shifts it (γ, β), before the non-linearity:
 * a = f(BN(x·W)). The bias is left out, as in the paper: β takes its place.
 *
 * <p>{@code dropout} is the probability of <em>dropping</em> each of this layer's outputs while
 * training (Srivastava et al. 2014; 0.5 in their hidden layers). Kept outputs are scaled by 1/(1 − p),
 * so nothing changes at test time. (DL4J speaks in the <em>retain</em> probability 1 − p and applies
 * dropout to a layer's input, so the spec sets it on the layer that reads this one.)
 *
 * @param width      number of nodes
 * @param activation hidden activation (not softmax)
 * @param leakySlope slope for z &lt; 0, used by leaky ReLU only
 * @param batchNorm  whether the pre-activations are batch-normalised
 * @param dropout    drop probability of this layer's outputs while training, in [0, 1); 0 = no dropout
 */
public record HiddenLayer(int width, Activation activation, double leakySlope,
                          // left out of the JSON when off, so a plain layer's JSON (and a sweep cell's id) stays as before
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean batchNorm,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonDeserialize(using = AbsentAsZero.class)
                          double dropout) {

    public HiddenLayer {
        Validation.require(width >= 1, "hidden.width", "a positive number of nodes", width);
        Validation.require(activation != null, "hidden.activation", "one of " + Activation.hiddenChoices(), "null");
        Validation.require(activation != Activation.SOFTMAX, "hidden.activation",
                "one of " + Activation.hiddenChoices() + " (softmax belongs to the output head)", activation);
        Validation.require(leakySlope > 0 && leakySlope < 1, "hidden.leakySlope",
                "a slope in (0, 1) for negative inputs", leakySlope);
        Validation.require(dropout >= 0 && dropout < 1, "hidden.dropout",
                "a drop probability in [0, 1) (0 = no dropout)", dropout);
    }

    public HiddenLayer(int width, Activation activation, double leakySlope) {
        this(width, activation, leakySlope, false, 0);
    }

    public HiddenLayer(int width, Activation activation) {
        this(width, activation, Activation.DEFAULT_LEAKY_SLOPE);
    }

    /** The same layer with another activation (normalisation and dropout kept). */
    public HiddenLayer withActivation(Activation newActivation) {
        return new HiddenLayer(width, newActivation, leakySlope, batchNorm, dropout);
    }

    /** The same layer with its pre-activations batch-normalised. */
    public HiddenLayer withBatchNorm() {
        return new HiddenLayer(width, activation, leakySlope, true, dropout);
    }

    /** The same layer dropping each output with probability {@code dropProbability} while training. */
    public HiddenLayer withDropout(double dropProbability) {
        return new HiddenLayer(width, activation, leakySlope, batchNorm, dropProbability);
    }

    /** Whether this layer drops outputs while training. */
    public boolean dropsOut() {
        return dropout > 0;
    }

    /** DL4J's {@code dropOut(p)} argument for the layer reading this one: the probability of keeping an output. */
    public double retainProbability() {
        return 1 - dropout;
    }

    /** e.g. "4 nodes, tanh", "8 nodes, leakyrelu (slope 0.01)" or "32 nodes, batch norm, sigmoid, dropout 0.5". */
    public String describe() {
        String f = activation == Activation.LEAKY_RELU ? activation + " (slope " + leakySlope + ")" : activation.id();
        return width + (width == 1 ? " node, " : " nodes, ") + (batchNorm ? "batch norm, " : "") + f
                + (dropsOut() ? ", dropout " + dropout : "");
    }
}
