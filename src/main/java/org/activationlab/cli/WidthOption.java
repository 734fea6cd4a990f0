package org.activationlab.cli;

import picocli.CommandLine.Option;

/** --width of every hidden layer, with the default of the command that mixes it in. */
final class WidthOption {
    @Option(names = "--width", paramLabel = "N", description = OptionText.WIDTH)
    int value;

    WidthOption(int value) {
        this.value = value;
    }
}
