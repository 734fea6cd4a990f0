package org.activationlab.updater;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * DL4J's {@link Adam} configuration whose updater is a {@link FastAdamUpdater}: the same rule, the same
 * state layout and the same numbers, computed in Java instead of by libnd4j's {@code adam_updater} op.
 *
 * <p>Everything else is DL4J's: hyper-parameters, learning-rate schedules, state size, JSON form (with
 * this class's name) and model files. It equals only other {@code FastAdam}s, so DL4J still merges the
 * layers of a network into one updater block, but never mistakes it for the stock {@code Adam}.
 */
public class FastAdam extends Adam {

    /** DL4J's defaults (learning rate 1e-3); also the constructor JSON deserialisation uses. */
    public FastAdam() {
        super();
    }

    public FastAdam(double learningRate) {
        super(learningRate);
    }

    public FastAdam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate, beta1, beta2, epsilon);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        // DL4J lays out the state (m then v) and reshapes it; the fast updater takes over those views
        return new FastAdamUpdater((AdamUpdater) super.instantiate(viewArray, initializeViewArray));
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        return new FastAdamUpdater((AdamUpdater) super.instantiate(updaterState, initializeStateArrays));
    }

    @Override
    public FastAdam clone() {
        FastAdam copy = new FastAdam(getLearningRate(), getBeta1(), getBeta2(), getEpsilon());
        copy.setLearningRateSchedule(getLearningRateSchedule());
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FastAdam && super.equals(o);
    }

    /** Keeps {@code Adam.equals} symmetric: a stock {@code Adam} never equals a {@code FastAdam}. */
    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastAdam;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        return "Fast" + super.toString();
    }
}
