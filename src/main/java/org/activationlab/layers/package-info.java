/**
 * Dense and output layers that compute exactly what DL4J's stock {@code DenseLayer} and {@code OutputLayer}
 * compute, with fewer operations per training step.
 *
 * <p>Written against DL4J's custom-layer API (a configuration class plus an implementation class), so
 * a network built with them is still a stock {@code MultiLayerNetwork}. Where the stock layers spend
 * their time (profiled in issue #8) and what these do instead:
 * <ul>
 *   <li>backprop recomputes the forward product {@code x·W + b}: kept from the forward pass instead;</li>
 *   <li>the first layer computes the gradient with respect to the network's input, which nobody reads:
 *       skipped when the configuration says so;</li>
 *   <li>the output layer's forward product runs twice per step (gradient, then score): computed once,
 *       and the loss evaluated on it is handed to the score call;</li>
 *   <li>{@code INDArray.mmuli} into a C-ordered result goes through a temporary and a copy:
 *       {@code Nd4j.gemm} writes straight into the result;</li>
 *   <li>every ND4J operation costs 15–40 µs whatever its size, which is nearly all of a tiny network's
 *       step: layers of at most {@code HostAffine.maxMultiplyAdds} multiply-adds compute product,
 *       activation and loss in Java ({@link org.activationlab.layers.HostAffine}), and a small output's
 *       loss is computed in Java after ND4J's product;</li>
 *   <li>for bigger float layers, DL4J's activations copy z before activating it and their derivatives
 *       are custom ops that call a {@code std::function} per element (tanh's and sigmoid's compute the
 *       function again): ReLU, leaky ReLU, tanh and sigmoid go through
 *       {@link org.activationlab.layers.FloatActivation} (the op straight into the result, δ in Java,
 *       for tanh and sigmoid from the forward pass's output);</li>
 *   <li>DL4J 1.0.0-M2.1's updater rebuilds sub-array views of the gradient at every step:
 *       {@link org.activationlab.layers.FastMultiLayerUpdater} uses the ones it already holds.</li>
 * </ul>
 * Equality with the stock layers is proven by tests: gradient checks in double precision, and the same
 * outputs, gradients and training curves as the stock layers for every activation and output head.
 */
package org.activationlab.layers;
