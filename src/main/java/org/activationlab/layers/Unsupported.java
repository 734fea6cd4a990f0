package org.activationlab.layers;

import org.deeplearning4j.nn.conf.layers.BaseLayer;

/** Refuses configuration the fast layers do not implement, instead of silently ignoring it. */
final class Unsupported {
    private Unsupported() {
    }

    static void check(BaseLayer layer, int index) {
        String name = layer.getClass().getSimpleName() + " (layer " + index + ")";
        if (layer.getIDropout() != null) {
            throw new IllegalArgumentException(name + " does not support dropout: use LayerImplementation.STOCK");
        }
        if (layer.getWeightNoise() != null) {
            throw new IllegalArgumentException(name + " does not support weight noise: use LayerImplementation.STOCK");
        }
    }
}
