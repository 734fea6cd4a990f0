package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.data.EpochBatches;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.train.TrainingStep;
import org.activationlab.updater.FastAdamUpdater;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;

/**
 * FastAdam's m and v live in Java between steps of a {@link FastMultiLayerUpdater}; every way DL4J reads or
 * writes the updater state (state view, updater blocks, model files, {@code clone}, {@code setStateViewArray},
 * writes into the handed-out array) sees, and sets, the state the next step uses. The reference is a twin
 * trained by {@code fit} with DL4J's own {@link MultiLayerUpdater}, whose FastAdam writes its state back at
 * every step.
 */
class ResidentAdamStateTest {
    private static final OutputHead HEAD = OutputHead.multiClass(3);
    private static final NetworkSpec SPEC = SmallProblems.spec(Activation.TANH, HEAD, Optimizer.adam(0.01),
            DataType.FLOAT, LayerImplementation.FAST);
    private static final int EPOCHS = 4;
    /** 32 examples in batches of 8: 4 steps per epoch. */
    private static final List<DataSet> BATCHES = batches(11);
    private static final int STEPS_PER_EPOCH = BATCHES.size() / EPOCHS;

    @Test
    void stateStaysInJavaBetweenStepsAndIsCurrentWhenAskedFor() {
        MultiLayerNetwork reference = reference();
        MultiLayerNetwork net = SPEC.toNetwork();
        TrainingStep.Runner step = TrainingStep.ONE_PASS.on(net);
        for (int i = 0; i < 3; i++) {
            reference.fit(BATCHES.get(i));
            step.fit(BATCHES.get(i));
        }
        assertTrue(((FastMultiLayerUpdater) net.getUpdater()).canStepInOnePass(), "the one-pass update runs");
        INDArray handedOut = net.getUpdater().getStateViewArray();
        float[] before = handedOut.toFloatVector();
        reference.fit(BATCHES.get(3));
        step.fit(BATCHES.get(3));
        assertArrayEquals(before, handedOut.toFloatVector(), "the step changed the Java copy, not the native views");
        assertSameTraining(reference, net, "after 4 steps");
    }

    @Test
    void stateReadAfterEveryStepOrOnlyAtTheEndIsTheFitTwinsState() {
        MultiLayerNetwork reference = reference();
        MultiLayerNetwork everyStep = SPEC.toNetwork();
        MultiLayerNetwork atTheEnd = SPEC.toNetwork();
        FastAdamUpdater atTheEndsAdam = onlyAdam(atTheEnd); // held across the steps, asked only at the end
        MultiLayerNetwork viaBlocks = SPEC.toNetwork();
        TrainingStep.Runner a = TrainingStep.ONE_PASS.on(everyStep);
        TrainingStep.Runner b = TrainingStep.ONE_PASS.on(atTheEnd);
        TrainingStep.Runner c = TrainingStep.ONE_PASS.on(viaBlocks);
        for (int i = 0; i < BATCHES.size(); i++) {
            reference.fit(BATCHES.get(i));
            a.fit(BATCHES.get(i));
            b.fit(BATCHES.get(i));
            c.fit(BATCHES.get(i));
            assertSameTraining(reference, everyStep, "step " + i);
            assertSameMoments(reference, onlyAdam(everyStep), "step " + i);
        }
        assertSameMoments(reference, atTheEndsAdam, "after " + BATCHES.size() + " steps");
        INDArray blockView = ((MultiLayerUpdater) viaBlocks.getUpdater()).getUpdaterBlocks().get(0).getUpdaterView();
        assertArrayEquals(reference.getUpdater().getStateViewArray().toFloatVector(), blockView.toFloatVector(),
                "the updater block's state view");
        assertSameTraining(reference, atTheEnd, "after " + BATCHES.size() + " steps");
    }

    @Test
    void switchingBetweenFitAndOnePassMidRunTrainsLikeFitAlone() {
        MultiLayerNetwork reference = reference();
        MultiLayerNetwork net = SPEC.toNetwork();
        TrainingStep.Runner fit = TrainingStep.FIT.on(net);
        TrainingStep.Runner onePass = TrainingStep.ONE_PASS.on(net);
        for (int i = 0; i < BATCHES.size(); i++) {
            reference.fit(BATCHES.get(i));
            (i / 3 % 2 == 0 ? onePass : fit).fit(BATCHES.get(i)); // 3 one-pass steps, 3 fit steps, ...
            if (i % STEPS_PER_EPOCH == STEPS_PER_EPOCH - 1) {
                assertSameTraining(reference, net, "step " + i);
            }
        }
        assertSameMoments(reference, onlyAdam(net), "at the end");
    }

    /** Saved mid-run, the model file holds the current state, and the restored network trains on identically. */
    @Test
    void savedMidTrainingRestoresAndContinuesLikeTheUninterruptedRun(@TempDir Path dir) throws IOException {
        MultiLayerNetwork reference = reference();
        MultiLayerNetwork net = SPEC.toNetwork();
        TrainingStep.Runner step = TrainingStep.ONE_PASS.on(net);
        int half = BATCHES.size() / 2;
        for (int i = 0; i < half; i++) {
            reference.fit(BATCHES.get(i));
            step.fit(BATCHES.get(i));
        }
        File file = dir.resolve("mid.zip").toFile();
        net.save(file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertSameTraining(reference, restored, "the model file");
        TrainingStep.Runner restoredStep = TrainingStep.ONE_PASS.on(restored);
        for (int i = half; i < BATCHES.size(); i++) {
            reference.fit(BATCHES.get(i));
            step.fit(BATCHES.get(i));
            restoredStep.fit(BATCHES.get(i));
        }
        assertSameTraining(reference, net, "the saved network, trained on");
        assertSameTraining(reference, restored, "the restored network, trained on");
    }

    @Test
    void cloneMidTrainingCarriesTheCurrentState() {
        MultiLayerNetwork reference = reference();
        MultiLayerNetwork net = SPEC.toNetwork();
        TrainingStep.Runner step = TrainingStep.ONE_PASS.on(net);
        for (int i = 0; i < STEPS_PER_EPOCH + 1; i++) {
            reference.fit(BATCHES.get(i));
            step.fit(BATCHES.get(i));
        }
        MultiLayerNetwork copy = net.clone();
        assertSameTraining(reference, copy, "the clone");
        TrainingStep.Runner copyStep = TrainingStep.ONE_PASS.on(copy);
        for (int i = STEPS_PER_EPOCH + 1; i < BATCHES.size(); i++) {
            reference.fit(BATCHES.get(i));
            step.fit(BATCHES.get(i));
            copyStep.fit(BATCHES.get(i));
        }
        assertSameTraining(reference, net, "the original, trained on");
        assertSameTraining(reference, copy, "the clone, trained on");
    }

    /** {@code setStateViewArray} (as on restore) replaces the Java copy: the next step starts from what was set. */
    @Test
    void stateSetFromOutsideIsWhatTheNextStepUses() {
        assertStateTakenOver((target, adam, state) -> target.getUpdater().setStateViewArray(target, state, false));
    }

    /** DL4J's {@code convertDataType} and deserialisation assign into the array {@code getStateViewArray()} returns. */
    @Test
    void stateWrittenIntoTheHandedOutArrayIsWhatTheNextStepUses() {
        assertStateTakenOver((target, adam, state) -> target.getUpdater().getStateViewArray().assign(state));
    }

    /** Into m and v of the block's FastAdam, held since before training, as code that keeps DL4J's updaters might. */
    @Test
    void momentsWrittenThroughTheBlocksUpdaterAreWhatTheNextStepUses() {
        assertStateTakenOver((target, adam, state) -> {
            long n = state.length() / 2;
            adam.getM().assign(state.get(NDArrayIndex.interval(0, n)));
            adam.getV().assign(state.get(NDArrayIndex.interval(n, 2 * n)));
        });
    }

    /**
     * Trains a network on other batches than the reference, then gives it the reference's parameters and
     * (by {@code setState}) updater state: from then on it must train exactly like the reference.
     */
    private static void assertStateTakenOver(StateSetter setState) {
        MultiLayerNetwork reference = reference();
        MultiLayerNetwork net = SPEC.toNetwork();
        FastAdamUpdater adam = onlyAdam(net);
        TrainingStep.Runner step = TrainingStep.ONE_PASS.on(net);
        List<DataSet> other = batches(12);
        int half = BATCHES.size() / 2;
        for (int i = 0; i < half; i++) {
            reference.fit(BATCHES.get(i));
            step.fit(other.get(i));
        }
        // the parameters, not the state: reading the state would write the Java copy back and drop it
        assertFalse(sameValues(reference.params(), net.params()), "other batches, another network");
        net.setParams(reference.params().dup());
        setState.set(net, adam, reference.getUpdater().getStateViewArray().dup());
        for (int i = half; i < BATCHES.size(); i++) {
            reference.fit(BATCHES.get(i));
            step.fit(BATCHES.get(i));
        }
        assertTrue(((FastMultiLayerUpdater) net.getUpdater()).canStepInOnePass(), "the one-pass update ran");
        assertSameTraining(reference, net, "after the state was set and training went on");
    }

    @FunctionalInterface
    private interface StateSetter {
        /** Gives {@code target} (whose FastAdam, obtained before training, is {@code adam}) the updater state {@code state}. */
        void set(MultiLayerNetwork target, FastAdamUpdater adam, INDArray state);
    }

    /** A network of {@link #SPEC} trained by {@code fit} with DL4J's updater (state written back at every step). */
    private static MultiLayerNetwork reference() {
        MultiLayerNetwork net = SPEC.toNetwork();
        net.setUpdater(new MultiLayerUpdater(net));
        return net;
    }

    private static List<DataSet> batches(long dataSeed) {
        DataSet data = SmallProblems.data(HEAD, 32, dataSeed, DataType.FLOAT);
        List<DataSet> all = new ArrayList<>();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            all.addAll(EpochBatches.of(data.getFeatures(), data.getLabels(), 8, SPEC.seed(), epoch));
        }
        return all;
    }

    private static void assertSameTraining(MultiLayerNetwork expected, MultiLayerNetwork actual, String when) {
        assertArrayEquals(expected.params().toFloatVector(), actual.params().toFloatVector(), "parameters, " + when);
        assertArrayEquals(expected.getUpdater().getStateViewArray().toFloatVector(),
                actual.getUpdater().getStateViewArray().toFloatVector(), "updater state, " + when);
        assertArrayEquals(expected.updaterState().toFloatVector(), actual.updaterState().toFloatVector(),
                "updaterState(), " + when);
        assertEquals(expected.getIterationCount(), actual.getIterationCount(), "iterations, " + when);
    }

    /** m and v as {@code actual} (a network's FastAdam) hands them out, and its state map. */
    private static void assertSameMoments(MultiLayerNetwork expected, FastAdamUpdater a, String when) {
        FastAdamUpdater e = onlyAdam(expected);
        assertArrayEquals(e.getM().toFloatVector(), a.getM().toFloatVector(), "m, " + when);
        assertArrayEquals(e.getV().toFloatVector(), a.getV().toFloatVector(), "v, " + when);
        assertArrayEquals(e.getState().get(AdamUpdater.V_STATE).toFloatVector(),
                a.getState().get(AdamUpdater.V_STATE).toFloatVector(), "state map, " + when);
    }

    private static FastAdamUpdater onlyAdam(MultiLayerNetwork net) {
        List<UpdaterBlock> blocks = ((MultiLayerUpdater) net.getUpdater()).getUpdaterBlocks();
        assertEquals(1, blocks.size(), "one updater block");
        return assertInstanceOf(FastAdamUpdater.class, blocks.get(0).getGradientUpdater());
    }

    private static boolean sameValues(INDArray a, INDArray b) {
        return java.util.Arrays.equals(a.toFloatVector(), b.toFloatVector());
    }
}
