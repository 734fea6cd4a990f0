package org.activationlab.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.network.Activation;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A dense network's forward pass computed by hand with ND4J, layer by layer:
 * z = a·W + b ({@code mmul}, the article's {@code np.dot}), then a = f(z) with {@link ActivationMath#handValue}
 * ({@code Transforms.exp}, the article's {@code np.exp}).
 *
 * <p>Works in double precision from the network's own parameters, so it also serves as the source of
 * pre-activations z, which DL4J's {@code feedForward} does not return.
 *
 * <p>A batch-normalised layer (dense x·W → {@code BatchNormalization} → {@code ActivationLayer}, as
 * {@code NetworkSpec} builds it) is one computing layer here, evaluated as at test time:
 * z = γ·(x·W − μ)/σ + β with BN's running mean μ and standard deviation σ, then a = f(z).
 */
public final class ManualForward {
    private ManualForward() {
    }

    /** A layer's activation function as this project names it. */
    public record LayerActivation(Activation activation, double leakySlope) {
        @Override
        public String toString() {
            return activation == Activation.LEAKY_RELU ? activation + "(α=" + leakySlope + ")" : activation.id();
        }
    }

    /**
     * One computing layer, evaluated by hand.
     *
     * @param layer      0-based index among computing layers
     * @param activation its activation function
     * @param z          pre-activations, examples × units
     * @param a          activations f(z), examples × units
     */
    public record LayerStep(int layer, LayerActivation activation, INDArray z, INDArray a) {
    }

    /**
     * The whole pass.
     *
     * @param input the examples, examples × inputs
     * @param steps every computing layer, hidden layers first, output layer last
     */
    public record Trace(INDArray input, List<LayerStep> steps) {
        public Trace {
            steps = List.copyOf(steps);
        }

        /** The network's output, computed by hand. */
        public INDArray output() {
            return steps.get(steps.size() - 1).a();
        }

        /** The hidden layers only. */
        public List<LayerStep> hidden() {
            return steps.subList(0, steps.size() - 1);
        }
    }

    /** Runs {@code x} through {@code net} by hand. */
    public static Trace run(MultiLayerNetwork net, INDArray x) {
        List<LayerStep> steps = new ArrayList<>();
        INDArray a = x.castTo(DataType.DOUBLE);
        int[] dense = LayerGradients.weightedLayers(net);
        for (int k = 0; k < dense.length; k++) {
            int i = dense[k];
            INDArray z = a.mmul(net.getLayer(i).getParam("W").castTo(DataType.DOUBLE));
            INDArray b = net.getLayer(i).getParam("b");
            if (b != null) {
                z.addiRowVector(b.castTo(DataType.DOUBLE));
            }
            int activationLayer = i;
            if (isBatchNorm(net, i + 1)) {
                z = batchNormalised(net, i + 1, z);
                activationLayer = i + 2;
            }
            LayerActivation f = activationOf(net, activationLayer);
            a = ActivationMath.handValue(f.activation(), f.leakySlope(), z);
            steps.add(new LayerStep(k, f, z, a));
        }
        return new Trace(x, steps);
    }

    private static boolean isBatchNorm(MultiLayerNetwork net, int layer) {
        return layer < net.getnLayers()
                && net.getLayerWiseConfigurations().getConf(layer).getLayer() instanceof BatchNormalization;
    }

    /** γ·(z − μ)/σ + β with the running statistics, as DL4J's layer computes at test time. */
    private static INDArray batchNormalised(MultiLayerNetwork net, int layer, INDArray z) {
        var bn = (BatchNormalization) net.getLayerWiseConfigurations().getConf(layer).getLayer();
        var params = net.getLayer(layer);
        INDArray mean = params.getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN).castTo(DataType.DOUBLE);
        // DL4J stores log10 of the running standard deviation (or the variance), without ε: σ = √(var + ε)
        INDArray variance = bn.isUseLogStd()
                ? Transforms.exp(params.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD)
                        .castTo(DataType.DOUBLE).mul(2 * Math.log(10)), false)
                : params.getParam(BatchNormalizationParamInitializer.GLOBAL_VAR).castTo(DataType.DOUBLE);
        INDArray std = Transforms.sqrt(variance.add(bn.getEps()), false);
        INDArray gamma = params.getParam(BatchNormalizationParamInitializer.GAMMA).castTo(DataType.DOUBLE);
        INDArray beta = params.getParam(BatchNormalizationParamInitializer.BETA).castTo(DataType.DOUBLE);
        return z.subRowVector(mean).diviRowVector(std).muliRowVector(gamma).addiRowVector(beta);
    }

    /** The activation function DL4J was configured with for layer {@code layer} (dense, output or activation layer). */
    public static LayerActivation activationOf(MultiLayerNetwork net, int layer) {
        IActivation fn = activationFn(net, layer);
        if (fn instanceof ActivationLReLU leaky) {
            return new LayerActivation(Activation.LEAKY_RELU, leaky.getAlpha());
        }
        for (Activation a : Activation.values()) {
            // DL4J's activations compare by their settings, so a ReLU with a cap or a "precise" GELU is no match.
            if (a != Activation.LEAKY_RELU && a.toDl4j(Activation.DEFAULT_LEAKY_SLOPE).equals(fn)) {
                return new LayerActivation(a, Activation.DEFAULT_LEAKY_SLOPE);
            }
        }
        throw new IllegalArgumentException("layer " + layer + ": expected one of " + List.of(Activation.values())
                + ", received " + fn);
    }

    /** DL4J's own activation object of layer {@code layer} (dense, output or activation layer): what it applies. */
    public static IActivation activationFn(MultiLayerNetwork net, int layer) {
        var conf = net.getLayerWiseConfigurations().getConf(layer).getLayer();
        if (conf instanceof ActivationLayer activationLayer) {
            return activationLayer.getActivationFn();
        }
        if (conf instanceof BaseLayer base && !(conf instanceof BatchNormalization)) {
            return base.getActivationFn();
        }
        throw new IllegalArgumentException("layer " + layer + ": expected a dense or activation layer, received "
                + conf.getClass().getSimpleName());
    }

    /** The pass as code, one line per step: what {@link #run} does for this network. */
    public static List<String> codePath(MultiLayerNetwork net) {
        int extra = net.getnLayers() - LayerGradients.weightedLayers(net).length;
        if (extra > 0) {
            throw new IllegalArgumentException("codePath: expected a network of dense layers only, received " + extra
                    + " batch-norm or activation layers (run() evaluates them; the code path shows plain networks)");
        }
        List<String> lines = new ArrayList<>();
        lines.add(line("a0 = x", "input layer: passes values on"));
        for (int i = 0; i < net.getnLayers(); i++) {
            long[] shape = net.getLayer(i).getParam("W").shape();
            int n = i + 1;
            String role = i == net.getnLayers() - 1 ? "output layer" : "hidden layer " + n;
            lines.add(line(String.format("z%d = a%d.mmul(W%d).addRowVector(b%d)", n, i, n, n),
                    String.format("%s, W%d is %d×%d (np.dot)", role, n, shape[0], shape[1])));
            String z = "z" + n;
            LayerActivation f = activationOf(net, i);
            String code = switch (f.activation()) {
                case SIGMOID -> "1 / (1 + Transforms.exp(-" + z + "))";
                case TANH -> "1 - 2 / (Transforms.exp(2*" + z + ") + 1)";
                case RELU -> "Transforms.max(" + z + ", 0)";
                case LEAKY_RELU -> "Transforms.max(" + z + ", " + f.leakySlope() + "*" + z + ")";
                case ELU -> "Transforms.max(" + z + ", 0) + Transforms.exp(Transforms.min(" + z + ", 0)) - 1";
                case SELU -> "λ*Transforms.max(" + z + ", 0) + λα*(Transforms.exp(Transforms.min(" + z + ", 0)) - 1)";
                case GELU -> z + " / (1 + Transforms.exp(-1.702*" + z + "))";
                case SWISH -> z + " / (1 + Transforms.exp(-" + z + "))";
                case SOFTPLUS -> "Transforms.log(1 + Transforms.exp(" + z + "))";
                case IDENTITY -> z;
                case SOFTMAX -> "e / e.sum(1), e = Transforms.exp(" + z + " - rowMax(" + z + "))";
            };
            lines.add(line("a" + n + " = " + code, f + (code.contains("exp(") ? " (np.exp)" : "")));
        }
        return lines;
    }

    private static String line(String code, String comment) {
        return String.format("%-44s // %s", code, comment);
    }
}
