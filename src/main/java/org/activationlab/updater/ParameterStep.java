package org.activationlab.updater;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An updater that can take a whole training step on its parameters in one pass: divide the summed
 * gradient by the minibatch size, turn it into the update by its rule, and subtract that from the
 * parameters, with the same float operations DL4J performs as three separate steps.
 *
 * <p>Why: DL4J runs these as a division op, the updater, and a subtraction op over the whole
 * parameter vector (three passes through memory and two native calls per step).
 */
public interface ParameterStep {

    /** Whether {@link #step} can take these arrays (e.g. float vectors, each contiguous, of one length). */
    boolean accepts(INDArray gradient, INDArray params);

    /**
     * {@code params -= update(gradient / divisor)}, updating this updater's state; the gradient's
     * contents are left undefined. Returns false, having changed nothing, when it does not
     * {@link #accepts} them (then run DL4J's path).
     */
    boolean step(INDArray gradient, INDArray params, int divisor, int iteration, int epoch);
}
