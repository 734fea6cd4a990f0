package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Run;
import org.activationlab.stats.Summary;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Setup;

/**
 * One configuration of the remedies experiment over its seeds (a summary row).
 *
 * <p>Gradient ratios are geometric means (they span orders of magnitude); the numbers after training
 * and the accuracies leave out runs that diverged.
 *
 * @param setup            the configuration
 * @param runs             networks that finished training
 * @param failed           cells that failed (no numbers)
 * @param diverged         finished networks whose loss became NaN/∞
 * @param ratioAtInit      first / last hidden-layer gradient norm at initialisation, geometric mean
 * @param ratioTrained     the same after the last epoch
 * @param firstLayerChange ‖W − W₀‖ / ‖W₀‖ of the first hidden layer, mean
 * @param lastLayerChange  the same for the last hidden layer
 * @param testAccuracy     final test accuracy, mean
 * @param testAccuracyStd  its standard deviation over seeds (0 for one run)
 * @param reachedTarget    runs that reached the target accuracy
 * @param epochsToTarget   mean epochs to the target, a run that never reached it counting as epochs + 1
 */
public record SetupSummary(Setup setup, int runs, int failed, int diverged, double ratioAtInit, double ratioTrained,
                           double firstLayerChange, double lastLayerChange, double testAccuracy,
                           double testAccuracyStd, int reachedTarget, double epochsToTarget) {

    /** One row per setup, in the given order; {@code failed} has one entry per failed cell. */
    static List<SetupSummary> of(List<Setup> setups, List<Run> runs, List<Setup> failed, int epochs) {
        List<SetupSummary> rows = new ArrayList<>();
        for (Setup s : setups) {
            List<Run> own = runs.stream().filter(r -> r.setup().equals(s)).toList();
            List<Run> usable = own.stream().filter(r -> !r.diverged()).toList();
            double[] accuracy = values(usable, Run::finalTestAccuracy);
            rows.add(new SetupSummary(s, own.size(), (int) failed.stream().filter(s::equals).count(),
                    own.size() - usable.size(),
                    RemedyVerdicts.geometricMean(own.stream().mapToDouble(Run::ratioAtInit)),
                    RemedyVerdicts.geometricMean(usable.stream().mapToDouble(Run::ratioTrained)),
                    mean(values(usable, r -> r.weightChange()[0])),
                    mean(values(usable, r -> r.weightChange()[r.weightChange().length - 1])),
                    Summary.of(accuracy).mean(), Summary.of(accuracy).std(),
                    (int) usable.stream().filter(r -> r.epochToTarget() >= 0).count(),
                    mean(values(usable, r -> RemedyVerdicts.epochsToTarget(r, epochs)))));
        }
        return rows;
    }

    private static double[] values(List<Run> runs, ToDoubleFunction<Run> f) {
        return runs.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double mean(double[] v) {
        return Summary.of(v).mean();
    }
}
