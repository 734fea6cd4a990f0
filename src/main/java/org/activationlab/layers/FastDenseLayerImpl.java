package org.activationlab.layers;

import java.util.Optional;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training-time implementation of {@link FastDenseLayer}.
 *
 * <p>Forward (training): z = x·W + b into a kept buffer, a = f(z) into a new array. Backward:
 * δ = f'(z) ⊙ ε from the kept z (the stock layer recomputes x·W + b here), then the parameter gradients, then
 * dL/dx = δ·Wᵀ only if the configuration asks for it. Tiny layers do all of this in Java
 * ({@link HostAffine}), which avoids ND4J's fixed per-operation cost; bigger float layers keep ND4J's
 * products but take ReLU, leaky ReLU, tanh and sigmoid in training through {@link FloatActivation}
 * (no copy of z, δ in Java: from z for the ReLUs, from the forward pass's output for tanh and
 * sigmoid), cheaper than DL4J's ops and the same to the bit, except tanh's forward pass, which they compute in Java
 * in training and test passes alike ({@link FloatTanh}, within float tolerance).
 */
public class FastDenseLayerImpl extends BaseLayer<FastDenseLayer> {
    private final transient PreActivationCache preActivation = new PreActivationCache();
    /** The last training forward pass when it ran in Java (tiny layers), for the backward pass. */
    private transient HostAffine.Pass hostPass;
    /** The activation's Java twin, looked up once (empty: none, ND4J only). */
    private transient Optional<HostActivation> javaActivation;
    /** Its loops over whole float arrays for layers above the tiny size, if it has them (empty: ND4J). */
    private transient Optional<FloatActivation> floatActivation;

    public FastDenseLayerImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        HostActivation f = javaActivation();
        if (f != null && HostAffine.suits(this, input, layerConf().getNOut())) {
            preActivation.clear();
            HostAffine.Pass pass = HostAffine.forward(this, input);
            hostPass = training ? pass : null;
            return HostAffine.activations(this, pass, f, ArrayType.ACTIVATIONS, workspaceMgr);
        }
        hostPass = null;
        INDArray z;
        if (training) {
            z = computeZ(preActivation.buffer(dataType, input.rows(), layerConf().getNOut()));
            preActivation.filledFrom(input);
        } else {
            preActivation.clear();
            z = preOutput(false, workspaceMgr);
        }
        FloatActivation loops = floatActivation();
        if (loops != null && training) {
            if (FloatActivation.suits(z, z)) {
                return loops.activate(z, workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                        z.rows(), z.columns()));
            }
            loops.forget(); // z is new, whatever the loops kept from the last pass is not its
        } else if (loops != null && FloatActivation.suits(z, z)) {
            INDArray a = loops.inferenceInPlace(z);
            if (a != null) {
                return a;
            }
        }
        INDArray out = training ? workspaceMgr.dup(ArrayType.ACTIVATIONS, z) : z;
        return layerConf().getActivationFn().getActivation(out, training);
    }

    @Override
    protected INDArray preOutput(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        return computeZ(workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, input.rows(),
                layerConf().getNOut()));
    }

    private INDArray computeZ(INDArray z) {
        return Affine.forward(this, input, z);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        HostAffine.Pass pass = hostPass;
        hostPass = null;
        if (pass != null && pass.input() == input) {
            return backpropInJava(pass, epsilon, workspaceMgr);
        }
        INDArray z = preActivation.take(input);
        if (z == null) { // no training forward pass on this input: recompute, as the stock layer always does
            z = preOutput(true, workspaceMgr);
        }
        FloatActivation loops = floatActivation();
        INDArray delta = loops != null && FloatActivation.suits(z, epsilon) && loops.hasDeltaFor(z)
                ? loops.delta(z, epsilon) : layerConf().getActivationFn().backprop(z, epsilon).getFirst();
        return Affine.backward(this, input, delta, gradientViews, layerConf().isInputGradient(), workspaceMgr);
    }

    /** δ = f'(z) ⊙ ε from the kept z, then {@link HostAffine#backward}. */
    private Pair<Gradient, INDArray> backpropInJava(HostAffine.Pass pass, INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        double[] delta = javaActivation().deltasInPlace(pass.z(), HostArrays.read(epsilon), pass.round());
        return HostAffine.backward(this, pass, delta, gradientViews, layerConf().isInputGradient(), workspaceMgr);
    }

    private HostActivation javaActivation() {
        if (javaActivation == null) {
            javaActivation = Optional.ofNullable(HostActivation.of(layerConf().getActivationFn(), dataType));
        }
        return javaActivation.orElse(null);
    }

    private FloatActivation floatActivation() {
        if (floatActivation == null) {
            floatActivation = Optional.ofNullable(FloatActivation.of(layerConf().getActivationFn(), dataType));
        }
        return floatActivation.orElse(null);
    }

    @Override
    public void setInput(INDArray input, LayerWorkspaceMgr workspaceMgr) {
        super.setInput(input, workspaceMgr);
        preActivation.clear();
        hostPass = null;
    }

    @Override
    public void clear() {
        super.clear();
        preActivation.clear();
        if (floatActivation != null) {
            floatActivation.ifPresent(FloatActivation::forget);
        }
        hostPass = null;
    }

    /** The per-parameter views into the network's gradient array (for {@link HostNetworkGradient}). */
    java.util.Map<String, INDArray> gradientViews() {
        return gradientViews;
    }

    @Override
    public boolean hasBias() {
        return layerConf().hasBias();
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public void fit(INDArray input, LayerWorkspaceMgr workspaceMgr) {
        throw new UnsupportedOperationException("a dense layer is trained as part of a network");
    }
}
