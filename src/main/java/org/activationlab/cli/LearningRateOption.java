package org.activationlab.cli;

import picocli.CommandLine.Option;

/** --lr, with the default of the command that mixes it in. */
final class LearningRateOption {
    @Option(names = "--lr", paramLabel = "RATE", description = OptionText.LEARNING_RATE)
    double value;

    LearningRateOption(double value) {
        this.value = value;
    }
}
