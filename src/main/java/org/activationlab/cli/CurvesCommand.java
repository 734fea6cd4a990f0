package org.activationlab.cli;

import org.activationlab.experiment.inside.CurvesExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "curves", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Activation curves f(z), f'(z): ranges, mean outputs, largest slopes; DL4J vs. by hand (C9, C12, C13, C16).")
final class CurvesCommand extends ExperimentCommand<CurvesExperiment.Settings, CurvesExperiment> {
    private static final CurvesExperiment.Settings DEFAULTS = CurvesExperiment.Settings.defaults();

    CurvesCommand() {
        super(DEFAULTS, CurvesExperiment::new);
    }

    @Option(names = "--z-min", paramLabel = "Z", description = "Left end of the z grid (default ${DEFAULT-VALUE}).")
    double zMin = DEFAULTS.zMin();

    @Option(names = "--z-max", paramLabel = "Z", description = "Right end of the z grid (default ${DEFAULT-VALUE}).")
    double zMax = DEFAULTS.zMax();

    @Option(names = "--grid-points", paramLabel = "N", description = "Points on the z grid (default ${DEFAULT-VALUE}).")
    int gridPoints = DEFAULTS.gridPoints();

    @Option(names = "--samples", paramLabel = "N",
            description = "Size of the samples z ~ N(0, 1) and N(MEAN, 1) for mean outputs (default ${DEFAULT-VALUE}).")
    int samples = DEFAULTS.samples();

    @Option(names = "--shift", paramLabel = "MEAN",
            description = "Mean of the shifted input sample z ~ N(MEAN, 1) (default ${DEFAULT-VALUE}).")
    double shift = DEFAULTS.shift();

    @Option(names = "--leaky-slope", paramLabel = "A",
            description = "Leaky ReLU's slope for z < 0 (default ${DEFAULT-VALUE}).")
    double leakySlope = DEFAULTS.leakySlope();

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the z samples (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    /** Not an option of curves (hidden from --help): given, it is an error, since ignoring it would mislead. */
    @Option(names = "--seeds", paramLabel = "N", hidden = true)
    Integer seeds;

    @Override
    public Integer call() throws Exception {
        if (seeds != null) {
            throw new UserError("--seeds does not apply to 'curves': the curves are functions, computed once each; "
                    + "--seed sets the z samples; drop --seeds");
        }
        return super.call();
    }

    @Override
    public CurvesExperiment.Settings settings() {
        return new CurvesExperiment.Settings(zMin, zMax, gridPoints, samples, shift, leakySlope, seed);
    }
}
