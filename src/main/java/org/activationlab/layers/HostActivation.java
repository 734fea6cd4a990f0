package org.activationlab.layers;

import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * An element-wise activation function f and its slope f′, computed in Java, for the DL4J functions
 * the project builds networks from (same formulas as libnd4j's kernels): the article's five here
 * and in {@link HostReLU}, the modern five in {@link HostModernActivations}.
 */
abstract class HostActivation {

    /** f(z). */
    abstract double apply(double z);

    /** f′(z), the factor by which dL/da becomes dL/dz. */
    abstract double slope(double z);

    /** dL/dz = f′(z)·ε, as the backward kernel forms it (ReLU's keeps the sign of its zeros). */
    double delta(double z, double epsilon) {
        return epsilon * slope(z);
    }

    /** f(z) of every element, each rounded as the array that stores it rounds (a new array). */
    final double[] applyAll(double[] z, DoubleUnaryOperator round) {
        double[] a = new double[z.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = round.applyAsDouble(apply(z[k]));
        }
        return a;
    }

    /**
     * ε, an element of an array of the network's type each (rounded by {@code round}), becomes
     * δ = f′(z)·ε, rounded again, in place; returns it.
     */
    final double[] deltasInPlace(double[] z, double[] epsilon, DoubleUnaryOperator round) {
        for (int k = 0; k < epsilon.length; k++) {
            epsilon[k] = round.applyAsDouble(delta(z[k], round.applyAsDouble(epsilon[k])));
        }
        return epsilon;
    }

    /**
     * The Java twin of {@code fn} in a network of {@code type}, or null when there is none (softmax,
     * parameterised ReLU variants, anything else): callers then use ND4J.
     */
    static HostActivation of(IActivation fn, DataType type) {
        if (fn instanceof ActivationIdentity) {
            return IDENTITY;
        }
        if (fn instanceof ActivationSigmoid) {
            return SIGMOID;
        }
        if (fn instanceof ActivationTanH) {
            return TANH;
        }
        if (fn instanceof ActivationReLU relu
                && relu.getMax() == null && relu.getThreshold() == null && relu.getNegativeSlope() == null) {
            return new HostReLU(0.0, type);
        }
        if (fn instanceof ActivationLReLU leaky) {
            return new HostReLU(leaky.getAlpha(), type);
        }
        return HostModernActivations.of(fn, type);
    }

    private static final HostActivation IDENTITY = new HostActivation() {
        @Override
        double apply(double z) {
            return z;
        }

        @Override
        double slope(double z) {
            return 1.0;
        }
    };

    private static final HostActivation SIGMOID = new HostActivation() {
        @Override
        double apply(double z) {
            return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        double slope(double z) {
            double s = apply(z);
            return s * (1.0 - s);
        }
    };

    private static final HostActivation TANH = new HostActivation() {
        @Override
        double apply(double z) {
            return Math.tanh(z);
        }

        @Override
        double slope(double z) {
            double t = Math.tanh(z);
            return 1.0 - t * t;
        }
    };
}
