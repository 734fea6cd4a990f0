package org.activationlab.train;

import java.util.List;
import org.activationlab.network.Validation;

/**
 * Early stopping on the validation loss with patience (Prechelt 1998; DL4J's
 * {@code ScoreImprovementEpochTerminationCondition}, Keras' {@code EarlyStopping(restore_best_weights)}):
 * training stops once {@code patience} evaluations in a row have not lowered the best validation loss,
 * and the network of the best evaluation is kept.
 *
 * <p>It reads validation numbers only, never the test set. Because training up to the stop is the same
 * as in a run that goes on, the choice can be made afterwards from a full run's held-out history.
 *
 * @param patience evaluations without a new best validation loss before stopping, ≥ 1
 */
public record EarlyStopping(int patience) {

    public EarlyStopping {
        Validation.require(patience >= 1, "patience", "at least 1 evaluation", patience);
    }

    /**
     * Where it stops.
     *
     * @param bestEpoch the epoch whose network is kept (lowest validation loss; the earliest on ties)
     * @param stopEpoch the epoch at which training stopped (the last one evaluated if patience never ran out)
     */
    public record Choice(int bestEpoch, int stopEpoch) {
    }

    /** The stop on {@code heldOut} (in epoch order); a non-finite validation loss never counts as a best. */
    public Choice choose(List<HeldOutMetrics> heldOut) {
        Validation.require(!heldOut.isEmpty(), "heldOut", "at least one evaluation with a validation split", "none");
        int best = 0;
        int since = 0;
        for (int i = 1; i < heldOut.size(); i++) {
            if (heldOut.get(i).validationLoss() < heldOut.get(best).validationLoss()
                    || !Double.isFinite(heldOut.get(best).validationLoss())) {
                best = i;
                since = 0;
            } else if (++since >= patience) {
                return new Choice(heldOut.get(best).epoch(), heldOut.get(i).epoch());
            }
        }
        return new Choice(heldOut.get(best).epoch(), heldOut.get(heldOut.size() - 1).epoch());
    }
}
