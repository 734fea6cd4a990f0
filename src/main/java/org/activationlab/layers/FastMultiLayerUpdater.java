package org.activationlab.layers;

import java.util.List;
import org.activationlab.updater.ParameterStep;
import org.activationlab.updater.ResidentState;
import org.deeplearning4j.nn.api.Trainable;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link MultiLayerUpdater} that recognises the network's own gradient.
 *
 * <p>Why: DL4J 1.0.0-M2.1 decides whether a gradient is "external" (computed by another network) by
 * object identity with the network's gradient array, but {@code DefaultGradient.gradient()} returns a
 * new reshaped view at every call, so every step takes the external path, which builds several
 * sub-array views per parameter per step (≈ 30 for a 3-layer net, each costing an ND4J shape buffer).
 * Same memory, same arithmetic: this updater only hands the updater blocks the array they already hold.
 * Measured: most of a tiny network's training step once the layers run in Java (BENCHMARKS.md).
 *
 * <p>It also lets its updaters keep their state in Java between steps ({@link ResidentState}: FastAdam's
 * m and v), and is the one place that state leaves or enters: every method that hands out or sets
 * the updater state, or the updater blocks holding it, first {@linkplain #releaseState() releases}
 * it into the INDArray state views. That covers what DL4J does with the state (model files, {@code
 * clone}, {@code updaterState()}, data-type conversion, {@code setStateViewArray} on restore) and
 * writes into the array handed out: the next step reads the views afresh. An array obtained before
 * a step is not brought up to date after it: ask again.
 */
public class FastMultiLayerUpdater extends MultiLayerUpdater {
    /** Largest gradient (elements) divided by Java loops rather than one ND4J operation. */
    private static final long JAVA_DIVISION_LIMIT = 16_384;

    /** Elements DL4J divides by the minibatch size (fixed once its sub-arrays are chosen). */
    private long divisionLength = -1;

    /** Whether {@link #stepInOnePass} applies, decided once DL4J has set up its minibatch division. */
    private Boolean onePass;

    public FastMultiLayerUpdater(MultiLayerNetwork network) {
        super(network);
        for (UpdaterBlock block : updaterBlocks) {
            if (block.getGradientUpdater() instanceof ResidentState resident) {
                resident.keepStateResident();
            }
        }
    }

    /** Installs this updater on {@code network} (initialised, not yet trained), keeping DL4J's state layout. */
    public static void install(MultiLayerNetwork network) {
        network.setUpdater(new FastMultiLayerUpdater(network));
    }

    @Override
    public synchronized void update(Gradient gradient, int iteration, int epoch, int batchSize,
                                    LayerWorkspaceMgr workspaceMgr) {
        INDArray own = getFlattenedGradientsView();
        super.update(isOwn(gradient, own) ? asOwn(gradient, own) : gradient, iteration, epoch, batchSize, workspaceMgr);
    }

    /**
     * Divides the gradient by the minibatch size, as DL4J does; a small gradient in Java (ND4J's
     * {@code div_scalar} op costs more than the few hundred divisions), with the same float or double
     * division, so bit for bit the same.
     */
    @Override
    protected void divideByMinibatch(boolean isExternal, Gradient gradient, int batchSize) {
        if (!initializedMinibatchDivision) {
            super.divideByMinibatch(isExternal, gradient, batchSize); // DL4J picks the sub-arrays it divides
            return;
        }
        if (divisionLength < 0) {
            divisionLength = gradientsForMinibatchDivision.stream().mapToLong(INDArray::length).sum();
        }
        if (isExternal || divisionLength > JAVA_DIVISION_LIMIT) {
            super.divideByMinibatch(isExternal, gradient, batchSize);
            return;
        }
        for (INDArray part : gradientsForMinibatchDivision) {
            divideInJava(part, batchSize);
        }
    }

    private static void divideInJava(INDArray vector, int divisor) {
        org.nd4j.linalg.api.buffer.DataBuffer data = vector.data();
        long stride = vector.rank() == 0 ? 1 : vector.stride(vector.rank() - 1);
        long n = vector.length();
        if (vector.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT) {
            float d = divisor;
            for (long i = 0; i < n; i++) {
                data.put(i * stride, data.getFloat(i * stride) / d);
            }
        } else {
            for (long i = 0; i < n; i++) {
                data.put(i * stride, data.getDouble(i * stride) / divisor);
            }
        }
    }

    /**
     * Divides the network's gradient by {@code batchSize}, applies the updater and subtracts the update
     * from the parameters in one pass ({@link ParameterStep}), which is what {@code fit} does after the
     * gradient when {@link #canStepInOnePass()}. Returns false, having changed nothing, otherwise.
     */
    public synchronized boolean stepInOnePass(int iteration, int epoch, int batchSize) {
        if (!canStepInOnePass()) {
            return false;
        }
        UpdaterBlock block = updaterBlocks.get(0);
        return ((ParameterStep) block.getGradientUpdater()).step(getFlattenedGradientsView(), getParams(),
                batchSize, iteration, epoch);
    }

    /**
     * True when DL4J's update after the gradient is exactly divide, update rule, subtract: one updater
     * block over all parameters with a {@link ParameterStep} rule that accepts its arrays (set up by a first {@code fit}), every
     * gradient divided by the minibatch, no regularization and no gradient normalization in any layer.
     */
    public boolean canStepInOnePass() {
        if (onePass == null && initializedMinibatchDivision) {
            onePass = onePassApplies(); // the layers' configuration and the updater blocks are fixed by now
        }
        return onePass != null && onePass;
    }

    private boolean onePassApplies() {
        if (!isMiniBatch() || updaterBlocks.size() != 1
                || !(updaterBlocks.get(0).getGradientUpdater() instanceof ParameterStep rule)
                || !rule.accepts(getFlattenedGradientsView(), getParams())
                || updaterBlocks.get(0).getParamOffsetStart() != 0
                || updaterBlocks.get(0).getParamOffsetEnd() != getParams().length()) {
            return false;
        }
        long divided = gradientsForMinibatchDivision.stream().mapToLong(INDArray::length).sum();
        if (divided != getFlattenedGradientsView().length()) {
            return false;
        }
        for (Trainable layer : getOrderedLayers()) {
            GradientNormalization normalization = layer.getConfig().getGradientNormalization();
            if (normalization != null && normalization != GradientNormalization.None) {
                return false;
            }
            for (String param : layer.paramTable(true).keySet()) {
                var regularization = layer.getConfig().getRegularizationByParam(param);
                if (regularization != null && !regularization.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Writes every updater's Java copy of its state into the state views and drops it, so that the views
     * are the state until the next step: what is read from them is current, what is written into them
     * is what the next step uses.
     */
    public synchronized void releaseState() {
        for (UpdaterBlock block : updaterBlocks) {
            if (block.getGradientUpdater() instanceof ResidentState resident) {
                resident.releaseState();
            }
        }
    }

    /** The state view, brought up to date ({@link #releaseState()}). */
    @Override
    public synchronized INDArray getStateViewArray() {
        releaseState();
        return super.getStateViewArray();
    }

    /** The same array as {@link #getStateViewArray()}, likewise brought up to date. */
    @Override
    public synchronized INDArray getUpdaterStateViewArray() {
        releaseState();
        return super.getUpdaterStateViewArray();
    }

    @Override
    public synchronized INDArray getStateViewArrayCopy() {
        releaseState();
        return super.getStateViewArrayCopy();
    }

    /** The blocks, whose state views are brought up to date ({@link #releaseState()}). */
    @Override
    public synchronized List<UpdaterBlock> getUpdaterBlocks() {
        releaseState();
        return super.getUpdaterBlocks();
    }

    /** Assigns {@code viewArray} to the state; the next step uses it (DL4J's other overload delegates here). */
    @Override
    public synchronized void setStateViewArray(INDArray viewArray) {
        releaseState();
        super.setStateViewArray(viewArray);
    }

    /** DL4J's: equal state arrays; both brought up to date first. */
    @Override
    public boolean equals(Object o) {
        if (o instanceof FastMultiLayerUpdater other) {
            other.releaseState();
        }
        releaseState();
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        releaseState();
        return super.hashCode();
    }

    /** Whether {@code gradient}'s flattened array is the network's gradient array {@code own} (same memory). */
    static boolean isOwn(Gradient gradient, INDArray own) {
        INDArray a = gradient.gradient();
        return sameMemory(a, own);
    }

    private static boolean sameMemory(INDArray a, INDArray b) {
        return a != null && b != null && a.length() == b.length() && a.dataType() == b.dataType()
                && a.data().addressPointer().address() == b.data().addressPointer().address();
    }

    /** The same per-variable gradients, whose flattened array is the network's own object. */
    private static Gradient asOwn(Gradient gradient, INDArray own) {
        Gradient g = new DefaultGradient(own) {
            @Override
            public INDArray gradient() {
                return own;
            }
        };
        gradient.gradientForVariable().forEach((name, array) ->
                g.setGradientFor(name, array, gradient.flatteningOrderForVariable(name)));
        return g;
    }
}
