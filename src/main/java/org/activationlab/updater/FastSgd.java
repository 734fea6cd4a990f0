package org.activationlab.updater;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * DL4J's {@link Sgd} configuration whose updater is a {@link FastSgdUpdater}: the same rule and numbers,
 * small gradients scaled in Java. Equal only to other {@code FastSgd}s (as {@link FastAdam}).
 */
public class FastSgd extends Sgd {

    /** DL4J's default learning rate; also the constructor JSON deserialisation uses. */
    public FastSgd() {
        super();
    }

    public FastSgd(double learningRate) {
        super(learningRate);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        return new FastSgdUpdater(this);
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        return new FastSgdUpdater(this);
    }

    @Override
    public FastSgd clone() {
        FastSgd copy = new FastSgd(getLearningRate());
        copy.setLearningRateSchedule(getLearningRateSchedule());
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FastSgd && super.equals(o);
    }

    /** Keeps {@code Sgd.equals} symmetric: a stock {@code Sgd} never equals a {@code FastSgd}. */
    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastSgd;
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
