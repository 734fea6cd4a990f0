package org.activationlab.cli;

import picocli.CommandLine.Option;

/** --fallback, with the default of the command that mixes it in. */
final class FallbackOption {
    @Option(names = "--fallback", paramLabel = "NAME", description = OptionText.FALLBACK)
    String value;

    FallbackOption(String value) {
        this.value = value;
    }
}
