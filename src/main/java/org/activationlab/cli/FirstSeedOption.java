package org.activationlab.cli;

import picocli.CommandLine.Option;

/** --first-seed, with the default of the command that mixes it in (--seeds, the count, is in {@link CommonOptions}). */
final class FirstSeedOption {
    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long value;

    FirstSeedOption(long value) {
        this.value = value;
    }
}
