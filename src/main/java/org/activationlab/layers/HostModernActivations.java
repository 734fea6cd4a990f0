package org.activationlab.layers;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationGELU;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * ELU, SELU, GELU, Swish and softplus in Java: libnd4j's kernels (1.0.0-M2.1) re-evaluated step by step,
 * each intermediate rounded to the network's type as the kernel stores it.
 *
 * <p>Why the rounding: in float the kernels lose digits and overflow where double would not. ELU's
 * e^z − 1 cancels near 0; GELU's slope e^(1.702z)(1 + e^(1.702z) + 1.702z) / (1 + e^(1.702z))² is
 * ∞/∞ = NaN once e^(1.702z) passes √(float max), i.e. for z &gt; ≈ 26; Swish's slope likewise for
 * z &gt; ≈ 44; softplus is ∞ for z &gt; ≈ 88.7. Evaluating in double and rounding only the result would
 * give finite numbers there, and a Java-path network would then not diverge where DL4J's does.
 * In double every value equals DL4J's to the last bit or within an ulp or two of {@code exp}/{@code pow}
 * (JavaPathTest, FastLayersMatchStockTest).
 */
final class HostModernActivations {
    /** SELU's constants as libnd4j defines them (Klambauer et al. 2017). */
    static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    /** GELU's sigmoid-approximation factor, a float literal in libnd4j, so 1.70200002… in double too. */
    static final double GELU_FACTOR = 1.702f;

    private HostModernActivations() {
    }

    /**
     * The twin of {@code fn} for arrays of {@code type}, or null: ELU with α ≠ 1 (DL4J's backprop
     * ignores α, a derivative the project does not copy) and the "precise" GELU (its kernel cubes
     * 0.044715·z instead of multiplying z³ by 0.044715) stay on ND4J.
     */
    static HostActivation of(IActivation fn, DataType type) {
        boolean single = type == DataType.FLOAT;
        if (fn instanceof ActivationELU elu) {
            return elu.getAlpha() == 1.0 ? new Elu(single) : null;
        }
        if (fn instanceof ActivationSELU) {
            return new Selu(single);
        }
        if (fn instanceof ActivationGELU gelu) {
            return gelu.isPrecise() ? null : new Gelu(single);
        }
        if (fn instanceof ActivationSwish) {
            return new Swish(single);
        }
        if (fn instanceof ActivationSoftPlus) {
            return new SoftPlus(single);
        }
        return null;
    }

    /** An activation evaluated in float or double, every intermediate rounded with {@link #r}. */
    private abstract static class Rounded extends HostActivation {
        private final boolean single;

        Rounded(boolean single) {
            this.single = single;
        }

        /** {@code v} as the kernel would hold it: rounded to float in a float network. */
        final double r(double v) {
            return single ? (float) v : v;
        }

        final double exp(double z) {
            return r(Math.exp(z));
        }

        /** libnd4j's {@code pow(M_E, z)}, used instead of exp in some kernels; M_E is rounded too. */
        final double powE(double z) {
            return r(Math.pow(r(Math.E), z));
        }

        final double sigmoid(double z) {
            return r(1.0 / r(1.0 + exp(-z)));
        }
    }

    /** z for z ≥ 0, e^z − 1 below; slope 1, e^z below. */
    private static final class Elu extends Rounded {
        Elu(boolean single) {
            super(single);
        }

        @Override
        double apply(double z) {
            return z >= 0 ? z : r(exp(z) - 1.0);
        }

        @Override
        double slope(double z) {
            return z >= 0 ? 1.0 : exp(z);
        }
    }

    /** λz for z &gt; 0, λ(αe^z − α) below; slope λ, (αλ)·e^z at z ≤ 0. */
    private static final class Selu extends Rounded {
        private final double alpha;
        private final double lambda;

        Selu(boolean single) {
            super(single);
            alpha = r(SELU_ALPHA);
            lambda = r(SELU_LAMBDA);
        }

        @Override
        double apply(double z) {
            return z > 0 ? r(lambda * z) : r(lambda * r(r(alpha * exp(z)) - alpha));
        }

        @Override
        double slope(double z) {
            return z > 0 ? lambda : r(r(alpha * lambda) * exp(z));
        }
    }

    /** z·σ(kz) with k = 1.702; slope e^(kz)(1 + e^(kz) + kz) / (1 + e^(kz))², as libnd4j writes it. */
    private static final class Gelu extends Rounded {
        private final double factor;

        Gelu(boolean single) {
            super(single);
            factor = r(GELU_FACTOR);
        }

        @Override
        double apply(double z) {
            return r(z * sigmoid(r(factor * z)));
        }

        @Override
        double slope(double z) {
            double kz = r(factor * z);
            double e = powE(kz);
            double onePlusE = r(1.0 + e);
            return r(r(e * r(onePlusE + kz)) / r(onePlusE * onePlusE));
        }
    }

    /** z·σ(z); slope e^z(z + e^z + 1) / (e^z + 1)², as libnd4j writes it. */
    private static final class Swish extends Rounded {
        Swish(boolean single) {
            super(single);
        }

        @Override
        double apply(double z) {
            return r(z * sigmoid(z));
        }

        @Override
        double slope(double z) {
            double e = powE(z);
            return r(r(e * r(r(z + e) + 1.0)) / r(Math.pow(r(e + 1.0), 2)));
        }
    }

    /** ln(1 + e^z); slope e^z / (1 + e^z) (σ(z), in the form libnd4j's softplus_bp uses). */
    private static final class SoftPlus extends Rounded {
        SoftPlus(boolean single) {
            super(single);
        }

        @Override
        double apply(double z) {
            return r(Math.log(r(1.0 + exp(z))));
        }

        @Override
        double slope(double z) {
            double e = powE(z);
            return r(e / r(1.0 + e));
        }
    }
}
