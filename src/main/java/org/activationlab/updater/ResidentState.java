package org.activationlab.updater;

/**
 * An updater that can keep its state (Adam's m and v) in Java arrays between steps, so that a step copies
 * only the gradient and the parameters between native memory and Java.
 *
 * <p>While it does, the state's INDArray views lag behind the Java copy. The owner of the updater (the
 * network's {@code FastMultiLayerUpdater}) calls {@link #releaseState()} before anybody reads or writes
 * those views; the next step then reads them afresh, so what was written from outside is what it uses.
 */
public interface ResidentState {

    /** From now on, keep the state in Java between steps (until then every step writes it back). */
    void keepStateResident();

    /**
     * Writes the Java copy of the state into its INDArray views, if it changed since it was read, and
     * drops it: the views are the state again and may be read or written until the next step.
     */
    void releaseState();
}
