package org.activationlab.network;

/**
 * One hidden (computing) layer: its width and activation.
 *
 * @param width      number of nodes
 * @param activation hidden activation (not softmax)
 * @param leakySlope slope for z &lt; 0, used by leaky ReLU only
 */
public record HiddenLayer(int width, Activation activation, double leakySlope) {

    public HiddenLayer {
        Validation.require(width >= 1, "hidden.width", "a positive number of nodes", width);
        Validation.require(activation != null, "hidden.activation", "one of " + Activation.hiddenChoices(), "null");
        Validation.require(activation != Activation.SOFTMAX, "hidden.activation",
                "one of " + Activation.hiddenChoices() + " (softmax belongs to the output head)", activation);
        Validation.require(leakySlope > 0 && leakySlope < 1, "hidden.leakySlope",
                "a slope in (0, 1) for negative inputs", leakySlope);
    }

    public HiddenLayer(int width, Activation activation) {
        this(width, activation, Activation.DEFAULT_LEAKY_SLOPE);
    }

    /** e.g. "4 nodes, tanh" or "8 nodes, leakyrelu (slope 0.01)". */
    public String describe() {
        String s = width + (width == 1 ? " node, " : " nodes, ") + activation;
        return activation == Activation.LEAKY_RELU ? s + " (slope " + leakySlope + ")" : s;
    }
}
