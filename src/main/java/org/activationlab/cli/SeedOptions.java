package org.activationlab.cli;

import org.activationlab.experiment.Seeded;
import picocli.CommandLine.Option;

/** --seeds and --first-seed of a command with a seed loop, with the defaults of the command that mixes them in. */
final class SeedOptions {
    @Option(names = "--seeds", paramLabel = "N", description = OptionText.SEEDS)
    int count;

    @Option(names = "--first-seed", paramLabel = "SEED", description = OptionText.FIRST_SEED)
    long first;

    SeedOptions(Seeded<?> defaults) {
        this.count = defaults.seeds();
        this.first = defaults.firstSeed();
    }
}
