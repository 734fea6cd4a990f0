package org.activationlab.cli;

import org.activationlab.network.Optimizer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** --optimizer and --lr, with the defaults of the command that mixes them in. */
final class OptimizerOptions {
    @Option(names = "--optimizer", paramLabel = "KIND", converter = Converters.OptimizerKind.class,
            description = OptionText.OPTIMIZER)
    Optimizer.Kind kind;

    @Mixin
    LearningRateOption learningRate;

    OptimizerOptions(Optimizer defaults) {
        this.kind = defaults.kind();
        this.learningRate = new LearningRateOption(defaults.learningRate());
    }

    /** The update rule the options give. */
    Optimizer optimizer() {
        return new Optimizer(kind, learningRate.value);
    }
}
