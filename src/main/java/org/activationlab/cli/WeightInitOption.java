package org.activationlab.cli;

import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.Option;

/** --weight-init, with the default of the command that mixes it in. */
final class WeightInitOption {
    @Option(names = "--weight-init", paramLabel = "SCHEME", converter = Converters.WeightInit.class,
            description = OptionText.WEIGHT_INIT)
    WeightInitChoice value;

    WeightInitOption(WeightInitChoice value) {
        this.value = value;
    }
}
