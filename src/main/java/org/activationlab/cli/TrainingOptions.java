package org.activationlab.cli;

import org.activationlab.network.Optimizer;
import picocli.CommandLine.Mixin;

/** --epochs, --batch-size, --optimizer and --lr: how a command with a choice of update rule trains. */
final class TrainingOptions {
    @Mixin
    EpochOptions epochs;

    @Mixin
    OptimizerOptions optimizer;

    TrainingOptions(int epochs, int batchSize, Optimizer optimizer) {
        this.epochs = new EpochOptions(epochs, batchSize);
        this.optimizer = new OptimizerOptions(optimizer);
    }

    int epochs() {
        return epochs.epochs;
    }

    int batchSize() {
        return epochs.batchSize;
    }

    Optimizer optimizer() {
        return optimizer.optimizer();
    }
}
