package org.activationlab.network;

/**
 * Which DL4J layer classes a spec's network is built from.
 *
 * <p>Both give the same network: same parameters, outputs, gradients and training curves (proven by
 * {@code FastLayersMatchStockTest} and gradient checks). {@link #FAST} does fewer operations per
 * training step; {@link #STOCK} is DL4J's own {@code DenseLayer}/{@code OutputLayer}, kept for
 * comparison and for features the fast layers refuse (dropout, weight noise).
 */
public enum LayerImplementation {
    /** DL4J's {@code DenseLayer} and {@code OutputLayer}. */
    STOCK,
    /** {@link org.activationlab.layers.FastDenseLayer} and {@link org.activationlab.layers.FastOutputLayer}. */
    FAST
}
