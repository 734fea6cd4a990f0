package org.activationlab.diagnostics;

import org.activationlab.network.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Each activation f(z) and its slope f′(z) computed twice: through DL4J's own {@code IActivation}
 * and by hand from {@code Transforms.exp} and element-wise arithmetic, the ND4J counterparts of the
 * article's {@code np.exp} (C16).
 *
 * <p>Inputs are never modified: DL4J's activations work in place, so they get a copy.
 */
public final class ActivationMath {
    /** SELU's α and λ (Klambauer et al. 2017), as libnd4j defines them. */
    static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    /** The factor in GELU's sigmoid approximation z·σ(1.702z) (Hendrycks &amp; Gimpel 2016). */
    static final double GELU_FACTOR = 1.702;

    private ActivationMath() {
    }

    /** f(z) through DL4J's {@code IActivation.getActivation}. */
    public static INDArray dl4jValue(Activation activation, double leakySlope, INDArray z) {
        return dl4jValue(activation.toDl4j(leakySlope), z);
    }

    /** f(z) through a DL4J activation object, e.g. the one a network's layer holds. */
    public static INDArray dl4jValue(IActivation fn, INDArray z) {
        return fn.getActivation(z.dup(), false);
    }

    /**
     * f′(z) through DL4J's back-propagation: {@code backprop(z, ε)} returns ε ⊙ f′(z), so ε = 1 gives
     * the slope itself. Not defined element-wise for softmax.
     */
    public static INDArray dl4jSlope(Activation activation, double leakySlope, INDArray z) {
        requireElementWise(activation);
        return dl4jSlope(activation.toDl4j(leakySlope), z);
    }

    /** f′(z) through a DL4J activation object's back-propagation (an element-wise one: not softmax). */
    public static INDArray dl4jSlope(IActivation fn, INDArray z) {
        return fn.backprop(z.dup(), Nd4j.onesLike(z)).getFirst();
    }

    /**
     * f(z) by hand:
     * <ul>
     *   <li>sigmoid 1 / (1 + e^−z)</li>
     *   <li>tanh 1 − 2 / (e^2z + 1) (the same as (e^z − e^−z)/(e^z + e^−z), but cannot overflow to ∞/∞)</li>
     *   <li>ReLU max(0, z); leaky ReLU max(αz, z); identity z</li>
     *   <li>ELU max(0, z) + e^min(0, z) − 1; SELU λ·max(0, z) + λα(e^min(0, z) − 1)</li>
     *   <li>GELU z·σ(1.702z) (DL4J's sigmoid approximation; its factor is the float 1.702, 2·10^−8 more);
     *       Swish z·σ(z); softplus ln(1 + e^z)</li>
     *   <li>softmax per row e^(z_i − max z) / Σ_j e^(z_j − max z) (shifting by the max avoids overflow)</li>
     * </ul>
     */
    public static INDArray handValue(Activation activation, double leakySlope, INDArray z) {
        return switch (activation) {
            case SIGMOID -> Transforms.exp(z.neg(), false).addi(1).rdivi(1);
            case TANH -> Transforms.exp(z.mul(2), false).addi(1).rdivi(2).rsubi(1);
            case RELU -> Transforms.max(z, 0.0, true);
            case LEAKY_RELU -> Transforms.max(z, z.mul(leakySlope), true);
            case ELU -> Transforms.max(z, 0.0, true).addi(expOfNegativePart(z)).subi(1);
            case SELU -> Transforms.max(z, 0.0, true).muli(SELU_LAMBDA)
                    .addi(expOfNegativePart(z).subi(1).muli(SELU_LAMBDA * SELU_ALPHA));
            case GELU -> z.mul(sigmoid(z.mul(GELU_FACTOR)));
            case SWISH -> z.mul(sigmoid(z));
            case SOFTPLUS -> Transforms.log(Transforms.exp(z, true).addi(1), false);
            case IDENTITY -> z.dup();
            case SOFTMAX -> {
                INDArray shifted = z.subColumnVector(z.max(1).reshape(z.rows(), 1));
                INDArray e = Transforms.exp(shifted, false);
                yield e.diviColumnVector(e.sum(1).reshape(z.rows(), 1));
            }
        };
    }

    /**
     * f′(z) by hand: σ(1 − σ) for sigmoid, 1 − tanh² for tanh, a step for the ReLU family, 1 for identity;
     * e^min(0, z) for ELU, λ or λα·e^z for SELU; for x·σ(kx) (GELU with k = 1.702, Swish with k = 1)
     * σ(kz) + kz·σ(kz)(1 − σ(kz)); σ(z) for softplus. At the kinks DL4J takes ReLU′(0) = 0, leaky
     * ReLU′(0) = 1, ELU′(0) = 1 and SELU′(0) = λα (the left slope); the hand version does the same.
     */
    public static INDArray handSlope(Activation activation, double leakySlope, INDArray z) {
        requireElementWise(activation);
        return switch (activation) {
            case SIGMOID -> {
                INDArray s = handValue(Activation.SIGMOID, leakySlope, z);
                yield s.mul(s.rsub(1));
            }
            case TANH -> {
                INDArray t = handValue(Activation.TANH, leakySlope, z);
                yield t.mul(t).rsubi(1);
            }
            case RELU -> z.gt(0).castTo(z.dataType());
            case LEAKY_RELU -> z.gte(0).castTo(z.dataType()).muli(1 - leakySlope).addi(leakySlope);
            case ELU -> expOfNegativePart(z);
            case SELU -> {
                INDArray left = z.lte(0).castTo(z.dataType());
                yield left.rsub(1).muli(SELU_LAMBDA).addi(left.muli(expOfNegativePart(z)).muli(SELU_LAMBDA * SELU_ALPHA));
            }
            case GELU -> xSigmoidSlope(z, GELU_FACTOR);
            case SWISH -> xSigmoidSlope(z, 1.0);
            case SOFTPLUS -> sigmoid(z);
            case IDENTITY -> Nd4j.onesLike(z);
            case SOFTMAX -> throw new AssertionError("checked above");
        };
    }

    /** σ(z) = 1 / (1 + e^−z) from exp, as the article builds it. */
    private static INDArray sigmoid(INDArray z) {
        return handValue(Activation.SIGMOID, 0, z);
    }

    /** e^min(0, z): e^z on the left, 1 on the right (ELU's and SELU's exponential part). */
    private static INDArray expOfNegativePart(INDArray z) {
        return Transforms.exp(Transforms.min(z, 0.0, true), false);
    }

    /** d/dz z·σ(kz) = σ(kz) + kz·σ(kz)·(1 − σ(kz)). */
    private static INDArray xSigmoidSlope(INDArray z, double k) {
        INDArray kz = z.mul(k);
        INDArray s = sigmoid(kz);
        return s.mul(s.rsub(1)).muli(kz).addi(s);
    }

    private static void requireElementWise(Activation activation) {
        if (activation == Activation.SOFTMAX) {
            throw new IllegalArgumentException("activation: expected an element-wise function for a slope, "
                    + "received softmax (its derivative is a Jacobian per row)");
        }
    }
}
