package org.activationlab.network;

/**
 * Which DL4J layer and updater classes a spec's network is built from.
 *
 * <p>Both give the same network: same parameters, outputs, gradients and training curves (proven by
 * {@code FastLayersMatchStockTest}, {@code JavaPathTest}, {@code FastAdamTest}, {@code FastSgdTest},
 * {@code FastMultiLayerUpdaterTest} and gradient checks). {@link #FAST}, the default, does fewer
 * operations per training step, and none for tiny layers (see BENCHMARKS.md); its classes are
 * subclasses of the stock ones, so code that inspects a network sees a {@code DenseLayer}/{@code
 * OutputLayer}, an {@code Adam} or {@code Sgd} and a {@code MultiLayerUpdater} either way. {@link #STOCK} is DL4J's own classes, kept for comparison and for what the fast layers
 * do not implement: a {@code NetworkSpec} with batch normalisation or dropout is STOCK automatically.
 */
public enum LayerImplementation {
    /** DL4J's {@code DenseLayer}, {@code OutputLayer}, {@code Adam}, {@code Sgd} and {@code MultiLayerUpdater}. */
    STOCK,
    /**
     * {@link org.activationlab.layers.FastDenseLayer}, {@link org.activationlab.layers.FastOutputLayer},
     * {@link org.activationlab.updater.FastAdam}, {@link org.activationlab.updater.FastSgd} and
     * {@link org.activationlab.layers.FastMultiLayerUpdater}.
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
