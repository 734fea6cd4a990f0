package org.activationlab.layers;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseOutputLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The training-time implementation of {@link FastOutputLayer}.
 *
 * <p>A DL4J training step asks the output layer for its gradient and then for its score; the stock
 * layer computes z = x·W + b for each. This one computes z once, in the gradient call, evaluates the
 * loss on it there (before the loss gradient, which may overwrite z in place) and hands that value to
 * the score call that follows for the same input and labels. With a loss that {@link HostLoss} knows,
 * tiny layers do all of it in Java, and bigger ones with a small output (e.g. 10 classes) the loss,
 * which avoids ND4J's fixed per-operation cost.
 */
public class FastOutputLayerImpl extends BaseOutputLayer<FastOutputLayer> {
    private transient INDArray lossInput;
    private transient INDArray lossLabels;
    private transient double loss;
    /** The loss's Java twin, looked up once (empty: none, ND4J only). */
    private transient Optional<HostLoss> javaLoss;

    public FastOutputLayerImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected INDArray preOutput(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        return Affine.forward(this, input, workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                input.rows(), layerConf().getNOut()));
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        INDArray labels2d = getLabels2d(workspaceMgr, ArrayType.BP_WORKING_MEM);
        HostLoss javaLoss = javaLoss(labels2d);
        if (javaLoss != null && HostAffine.suits(this, input, layerConf().getNOut())) {
            HostAffine.Pass pass = HostAffine.forward(this, input);
            double[] delta = lossAndDelta(javaLoss, pass.z(), labels2d, pass.round());
            return HostAffine.backward(this, pass, delta, gradientViews, layerConf().isInputGradient(), workspaceMgr);
        }
        INDArray z = preOutput(true, workspaceMgr);
        INDArray delta;
        if (javaLoss != null && z.length() <= HostLoss.maxElements) {
            // big product, small output (e.g. 10 classes): the loss's dozen ND4J operations cost more than its arithmetic
            delta = HostArrays.write(lossAndDelta(javaLoss, HostArrays.read(z), labels2d, HostAffine.rounding(z.dataType())),
                    workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, z.dataType(), z.rows(), z.columns()));
        } else {
            ILossFunction lossFn = layerConf().getLossFn();
            rememberLoss(lossFn.computeScore(labels2d, z, layerConf().getActivationFn(), maskArray, false));
            delta = lossFn.computeGradient(labels2d, z, layerConf().getActivationFn(), maskArray);
        }
        return Affine.backward(this, input, delta, gradientViews, layerConf().isInputGradient(), workspaceMgr);
    }

    /** The Java twin of this layer's loss when there is one and the labels fit the output, else null. */
    private HostLoss javaLoss(INDArray labels2d) {
        boolean labelsFit = labels2d.rank() == 2 && labels2d.size(0) == input.size(0)
                && labels2d.size(1) == layerConf().getNOut();
        if (!labelsFit) {
            return null;
        }
        if (javaLoss == null) {
            javaLoss = Optional.ofNullable(HostLoss.of(layerConf().getLossFn(), layerConf().getActivationFn(),
                    dataType));
        }
        return javaLoss.orElse(null);
    }

    /** Computes the loss in Java, keeps it for the score call, and returns dL/dz row-major. */
    private double[] lossAndDelta(HostLoss javaLoss, double[] z, INDArray labels2d, DoubleUnaryOperator round) {
        HostLoss.COMPUTATIONS.increment();
        HostLoss.Result result = javaLoss.compute(z, HostArrays.read(labels2d), (int) layerConf().getNOut(), round);
        rememberLoss(result.score());
        return result.delta();
    }

    @Override
    public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (input == null || labels == null) {
            throw new IllegalStateException("Cannot calculate score without input and labels " + layerId());
        }
        double score = training && lossInput == input && lossLabels == labels ? loss : summedLoss(training, workspaceMgr);
        forgetLoss();
        if (conf().isMiniBatch()) {
            score /= getInputMiniBatchSize();
        }
        this.score = score + fullNetRegTerm;
        return this.score;
    }

    /**
     * The loss summed over the rows, for a score call with no training step before it (test-mode scores):
     * in Java wherever the training step computes it in Java, else by ND4J's loss function.
     */
    private double summedLoss(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray labels2d = getLabels2d(workspaceMgr, ArrayType.FF_WORKING_MEM);
        HostLoss javaLoss = javaLoss(labels2d);
        int outputs = (int) layerConf().getNOut();
        if (javaLoss != null && HostAffine.suits(this, input, outputs)) {
            HostAffine.Pass pass = HostAffine.forward(this, input);
            HostLoss.COMPUTATIONS.increment();
            return javaLoss.compute(pass.z(), HostArrays.read(labels2d), outputs, pass.round()).score();
        }
        INDArray z = preOutput(training, workspaceMgr);
        if (javaLoss != null && z.length() <= HostLoss.maxElements) {
            HostLoss.COMPUTATIONS.increment();
            return javaLoss.compute(HostArrays.read(z), HostArrays.read(labels2d), outputs,
                    HostAffine.rounding(z.dataType())).score();
        }
        return layerConf().getLossFn().computeScore(labels2d, z, layerConf().getActivationFn(), maskArray, false);
    }

    /** Keeps the loss of this input and these labels for the score call that follows. */
    private void rememberLoss(double value) {
        loss = value;
        lossInput = input;
        lossLabels = labels;
    }

    private void forgetLoss() {
        lossInput = null;
        lossLabels = null;
    }

    @Override
    public void setInput(INDArray input, LayerWorkspaceMgr workspaceMgr) {
        super.setInput(input, workspaceMgr);
        forgetLoss();
    }

    @Override
    public void clear() {
        super.clear();
        forgetLoss();
    }

    /** The per-parameter views into the network's gradient array (for {@link HostNetworkGradient}). */
    java.util.Map<String, INDArray> gradientViews() {
        return gradientViews;
    }

    @Override
    protected INDArray getLabels2d(LayerWorkspaceMgr workspaceMgr, ArrayType arrayType) {
        return labels;
    }
}
