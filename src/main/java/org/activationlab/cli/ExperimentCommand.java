package org.activationlab.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.activationlab.experiment.Experiment;
import picocli.CommandLine.Mixin;

/**
 * A command that runs one experiment: the options every such command has ({@link CommonOptions}), its defaults,
 * and the experiment its settings make. A command declares its own options and {@link #settings()}.
 *
 * @param <S> the experiment's settings
 * @param <E> the experiment
 */
abstract class ExperimentCommand<S, E extends Experiment<S, ?>> implements Callable<Integer>, ConfiguredCommand<S> {
    @Mixin
    CommonOptions common;

    private final S defaults;
    private final Function<S, E> experiment;

    /** {@code defaults}: the settings with no options given; {@code experiment}: what runs on settings. */
    ExperimentCommand(S defaults, Function<S, E> experiment) {
        this.defaults = defaults;
        this.experiment = experiment;
    }

    /** Runs the experiment of the parsed options and writes its results. */
    @Override
    public Integer call() throws Exception {
        return ExperimentRunner.execute(experiment(), common);
    }

    /** The experiment the parsed options describe. */
    E experiment() {
        return experiment.apply(settings());
    }

    @Override
    public final S defaults() {
        return defaults;
    }
}
