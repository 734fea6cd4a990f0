package org.activationlab.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** --layers and --width of a stack of equal hidden layers, with the defaults of the command that mixes them in. */
final class LayerOptions {
    @Option(names = "--layers", paramLabel = "N", description = "Hidden layers (default ${DEFAULT-VALUE}).")
    int layers;

    @Mixin
    WidthOption width;

    LayerOptions(int layers, int width) {
        this.layers = layers;
        this.width = new WidthOption(width);
    }
}
