package org.activationlab.layers;

import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * An output layer's loss and its gradient dL/dz, computed in Java with the formulas of DL4J's
 * {@code LossMSE}, {@code LossBinaryXENT} and {@code LossMCXENT} (clipping included), for unweighted
 * losses after an element-wise activation, and for softmax with multi-class cross-entropy.
 */
abstract class HostLoss {
    /**
     * Largest output (rows × units) whose loss is computed in Java when the product itself runs in ND4J.
     * Not final so that tests can force either path.
     */
    static volatile long maxElements = 16_384;

    /** Losses computed in Java so far, all threads (lets tests see which path ran). */
    static final java.util.concurrent.atomic.LongAdder COMPUTATIONS = new java.util.concurrent.atomic.LongAdder();

    /** The summed loss (DL4J's {@code computeScore(…, average = false)}) and dL/dz, row-major. */
    record Result(double score, double[] delta) {
    }

    /**
     * Loss and gradient for pre-activations {@code z} and labels {@code y}, both [rows, columns]
     * row-major. Every number DL4J would store in an array of the network's type goes through
     * {@code round} (e.g. to float), so that overflow to ∞ happens where it happens in ND4J.
     */
    abstract Result compute(double[] z, double[] y, int columns, DoubleUnaryOperator round);

    /**
     * The Java twin of the pair in a network of {@code type}, or null when there is none (weights, other
     * losses, softmax elsewhere).
     */
    static HostLoss of(ILossFunction loss, IActivation activationFn, DataType type) {
        boolean softmax = activationFn instanceof ActivationSoftmax;
        HostActivation f = HostActivation.of(activationFn, type);
        if (loss instanceof LossMCXENT mcxent && mcxent.getWeights() == null && loss.getClass() == LossMCXENT.class) {
            if (softmax) {
                return softmaxCrossEntropy(mcxent.getSoftmaxClipEps());
            }
            return f == null ? null : crossEntropy(f);
        }
        if (f == null) {
            return null;
        }
        if (loss instanceof LossBinaryXENT xent && xent.getWeights() == null && loss.getClass() == LossBinaryXENT.class) {
            return binaryCrossEntropy(f, xent.getClipEps());
        }
        if (loss instanceof LossMSE mse && mse.getWeights() == null && loss.getClass() == LossMSE.class) {
            return meanSquaredError(f);
        }
        return null;
    }

    /** Σ (y − a)² / columns; dL/dz = f′(z) · 2 (a − y) / columns. */
    private static HostLoss meanSquaredError(HostActivation f) {
        return new ElementWise(f, 0, true) {
            @Override
            double term(double a, double y) {
                return (a - y) * (a - y);
            }

            @Override
            double slope(double a, double y) {
                return 2 * (a - y);
            }
        };
    }

    /** −Σ y log a + (1 − y) log(1 − a) with a clipped to [ε, 1 − ε]; dL/da = (a − y) / (a (1 − a)). */
    private static HostLoss binaryCrossEntropy(HostActivation f, double clipEps) {
        return new ElementWise(f, clipEps, false) {
            @Override
            double term(double a, double y) {
                return -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
            }

            @Override
            double slope(double a, double y) {
                return (a - y) / (a * (1 - a));
            }
        };
    }

    /** −Σ y log a after an element-wise f (no clipping, as DL4J); dL/da = −y / a. */
    private static HostLoss crossEntropy(HostActivation f) {
        return new ElementWise(f, 0, false) {
            @Override
            double term(double a, double y) {
                return -(Math.log(a) * y);
            }

            @Override
            double slope(double a, double y) {
                return -(y / a);
            }
        };
    }

    /**
     * A loss that sums one term per output after an element-wise activation a = f(z) (clipped to
     * [ε, 1 − ε] when ε &gt; 0), optionally divided by the number of outputs; dL/dz = f′(z) · dL/da.
     */
    private abstract static class ElementWise extends HostLoss {
        private final HostActivation f;
        private final double clipEps;
        private final boolean perOutputMean;

        ElementWise(HostActivation f, double clipEps, boolean perOutputMean) {
            this.f = f;
            this.clipEps = clipEps;
            this.perOutputMean = perOutputMean;
        }

        /** The loss of one output a for label y. */
        abstract double term(double a, double y);

        /** dL/da of one output. */
        abstract double slope(double a, double y);

        @Override
        Result compute(double[] z, double[] y, int columns, DoubleUnaryOperator round) {
            double divisor = perOutputMean ? columns : 1;
            double sum = 0;
            double[] delta = new double[z.length];
            for (int k = 0; k < z.length; k++) {
                double a = round.applyAsDouble(f.apply(z[k]));
                if (clipEps > 0) {
                    a = round.applyAsDouble(Math.min(Math.max(a, clipEps), 1.0 - clipEps));
                }
                sum += round.applyAsDouble(term(a, y[k]));
                delta[k] = round.applyAsDouble(f.slope(z[k]) * slope(a, y[k]) / divisor);
            }
            return new Result(round.applyAsDouble(sum) / divisor, delta);
        }
    }

    /** Softmax per row; the score clips p to [ε, 1 − ε]; dL/dz = p − y (unclipped), as DL4J. */
    private static HostLoss softmaxCrossEntropy(double clipEps) {
        return new HostLoss() {
            @Override
            Result compute(double[] z, double[] y, int columns, DoubleUnaryOperator round) {
                double sum = 0;
                double[] delta = new double[z.length];
                for (int row = 0; row < z.length; row += columns) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = row; j < row + columns; j++) {
                        max = Math.max(max, z[j]);
                    }
                    double total = 0;
                    for (int j = row; j < row + columns; j++) {
                        delta[j] = Math.exp(z[j] - max);
                        total += delta[j];
                    }
                    for (int j = row; j < row + columns; j++) {
                        double p = round.applyAsDouble(delta[j] / total);
                        double clipped = clipEps > 0 ? Math.min(Math.max(p, clipEps), 1.0 - clipEps) : p;
                        sum += round.applyAsDouble(Math.log(clipped) * y[j]);
                        delta[j] = round.applyAsDouble(p - y[j]);
                    }
                }
                return new Result(-round.applyAsDouble(sum), delta);
            }
        };
    }
}
