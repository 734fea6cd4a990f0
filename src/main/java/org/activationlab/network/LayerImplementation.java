package org.activationlab.network;

/**
 * Which DL4J layer and Adam updater classes a spec's network is built from.
 *
 * <p>Both give the same network: same parameters, outputs, gradients and training curves (proven by
 * {@code FastLayersMatchStockTest}, {@code FastAdamTest} and gradient checks). {@link #FAST}, the default,
 * does fewer operations per training step (see BENCHMARKS.md); its layers are subclasses of the stock
 * ones, so code that inspects a network sees a {@code DenseLayer}/{@code OutputLayer} and an {@code Adam}
 * either way. {@link #STOCK} is DL4J's own classes, kept for comparison and for what the fast layers
 * refuse (dropout, weight noise).
 */
public enum LayerImplementation {
    /** DL4J's {@code DenseLayer}, {@code OutputLayer} and {@code Adam}. */
    STOCK,
    /**
     * {@link org.activationlab.layers.FastDenseLayer}, {@link org.activationlab.layers.FastOutputLayer} and
     * {@link org.activationlab.updater.FastAdam}.
     */
    FAST;

    /** {@code stock} or {@code fast}, any case; anything else fails naming both. */
    public static LayerImplementation parse(String name) {
        for (LayerImplementation l : values()) {
            if (l.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return l;
            }
        }
        throw new InvalidSpecException("layers", "stock or fast", name);
    }
}
