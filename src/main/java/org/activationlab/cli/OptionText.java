package org.activationlab.cli;

/** The help text of options several commands share, written once ({@code ${DEFAULT-VALUE}} is each command's own). */
final class OptionText {
    static final String EPOCHS = "Passes over the training set (default ${DEFAULT-VALUE}).";
    static final String BATCH_SIZE = "Examples per gradient step (default ${DEFAULT-VALUE}).";
    static final String OPTIMIZER = "Update rule: sgd, momentum or adam (default ${DEFAULT-VALUE}).";
    static final String LEARNING_RATE = "Learning rate (default ${DEFAULT-VALUE}).";
    static final String WEIGHT_INIT = "Initial weights: auto (He before relu, leakyrelu, elu, gelu, swish, softplus; "
            + "LeCun normal before selu; Xavier before the others), xavier, he, normal (N(0, 1/fan-in)), standard or "
            + "naive_normal (default ${DEFAULT-VALUE}).";
    /** Help of --dataset in commands with --fallback; --limit's help shows the command's own limit. */
    static final String DATASET = "Data, a built-in name or csv:PATH (see --label) (default ${DEFAULT-VALUE}, "
            + "its first --limit examples per split; falls back to --fallback when it cannot be read).";
    static final String FALLBACK = "Built-in data used when --dataset cannot be read (default ${DEFAULT-VALUE}).";
    static final String WIDTH = "Nodes per hidden layer (default ${DEFAULT-VALUE}).";
    static final String SEEDS = "Seeds per model (default ${DEFAULT-VALUE}).";
    static final String FIRST_SEED = "Seed of the first run; --seeds N uses this and the next N-1 "
            + "(default ${DEFAULT-VALUE}).";

    private OptionText() {
    }
}
