package org.activationlab.cli;

import picocli.CommandLine.Option;

/** --epochs and --batch-size, with the defaults of the command that mixes them in. */
final class EpochOptions {
    @Option(names = "--epochs", paramLabel = "N", description = OptionText.EPOCHS)
    int epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = OptionText.BATCH_SIZE)
    int batchSize;

    EpochOptions(int epochs, int batchSize) {
        this.epochs = epochs;
        this.batchSize = batchSize;
    }
}
