package org.activationlab.train;

import org.activationlab.layers.FastMultiLayerUpdater;
import org.activationlab.layers.HostNetworkGradient;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A training step that does what {@code MultiLayerNetwork.fit(DataSet)} does, with the update after the
 * gradient taken in one pass over the parameters ({@link FastMultiLayerUpdater#stepInOnePass}).
 *
 * <p>{@code fit} runs: set input and labels, compute gradient and score, divide the gradient by the
 * minibatch (one op), apply the updater, subtract the update from the parameters (another op), count
 * the iteration, clear the layers' inputs. This step runs the same, with the division, update and
 * subtraction fused into one Java loop with the same float operations, and for tiny networks the
 * gradient and score computed in Java for the whole network ({@link HostNetworkGradient}); the network's parameters,
 * updater state, score and iteration count come out identical (tested against {@code fit}). The first
 * step goes through {@code fit}, which sets DL4J's updater up; any network or configuration the fused
 * update does not cover (stock updaters, momentum, L2, gradient normalisation, masks, training
 * listeners) always does.
 */
final class OnePassStep {
    private final MultiLayerNetwork network;
    private boolean primed;
    /** The whole-network Java gradient, looked up after the first step (null: DL4J's layer walk). */
    private HostNetworkGradient javaGradient;

    OnePassStep(MultiLayerNetwork network) {
        this.network = network;
    }

    void fit(DataSet batch) {
        if (!primed || batch.getFeaturesMaskArray() != null || batch.getLabelsMaskArray() != null
                || !network.getListeners().isEmpty() // fit calls them around every step
                || !(network.getUpdater() instanceof FastMultiLayerUpdater updater) || !updater.canStepInOnePass()) {
            network.fit(batch);
            if (!primed) {
                javaGradient = HostNetworkGradient.of(network);
            }
            primed = true;
            return;
        }
        network.setInput(batch.getFeatures());
        network.setLabels(batch.getLabels());
        if (javaGradient == null || !javaGradient.compute(batch.getFeatures(), batch.getLabels())) {
            network.computeGradientAndScore();
        }
        int iteration = network.getIterationCount();
        int epoch = network.getEpochCount();
        if (!updater.stepInOnePass(iteration, epoch, (int) batch.getFeatures().size(0))) {
            throw new IllegalStateException("the one-pass update refused arrays it had accepted");
        }
        network.getLayerWiseConfigurations().setIterationCount(iteration + 1);
        for (Layer layer : network.getLayers()) { // as fit does after a step
            layer.setIterationCount(iteration + 1);
            layer.setEpochCount(epoch);
        }
        network.clearLayerMaskArrays();
        network.clearLayersStates();
    }
}
