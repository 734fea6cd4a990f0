package org.activationlab.train;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network's predictions and loss on some rows from one forward pass in test mode (dropout off).
 *
 * <p>{@code net.output(x)} and then {@code net.score(data)} run the hidden layers twice. This runs them
 * once and hands their output to the output layer twice, for its activations and for its loss: the
 * calls {@code MultiLayerNetwork.score} makes (the loss + the network's regularisation term, divided by
 * the rows), so both values are {@code output}'s and {@code score}'s, bit for bit.
 *
 * <p>The layers' arrays live in a workspace of this thread's own, reused from one pass to the next,
 * and only the predictions are copied out. Why: an evaluation of 10,000 rows through 256-unit layers
 * makes 10 MB arrays, and fresh native arrays cost page faults and zeroing each time (a tenth of a
 * Fashion-MNIST compare's training threads, BENCHMARKS.md round 7); the arithmetic is the same.
 *
 * @param predictions the output layer's activations, [rows, outputs]
 * @param loss        what {@code net.score(new DataSet(x, labels), false)} returns
 */
public record TestPass(INDArray predictions, double loss) {
    private static final String WORKSPACE = "activationlab-test-pass";
    /** As DL4J's own activation workspaces: sized by the first pass, grown when a bigger one spills. */
    private static final WorkspaceConfiguration WORKSPACE_CONFIG = WorkspaceConfiguration.builder()
            .initialSize(0).overallocationLimit(0.05).policyLearning(LearningPolicy.FIRST_LOOP)
            .policyReset(ResetPolicy.BLOCK_LEFT).policySpill(SpillPolicy.REALLOCATE)
            .policyAllocation(AllocationPolicy.OVERALLOCATE).build();

    /** Runs {@code x} through {@code net} once and scores the result against {@code labels}. */
    public static TestPass of(MultiLayerNetwork net, INDArray x, INDArray labels) {
        boolean reuse = net.getLayerWiseConfigurations().getInferenceWorkspaceMode() != WorkspaceMode.NONE
                && Nd4j.getMemoryManager().getCurrentWorkspace() == null;
        if (!reuse) {
            return pass(net, x, labels, LayerWorkspaceMgr.noWorkspaces(), false);
        }
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.builder().defaultWorkspace(WORKSPACE, WORKSPACE_CONFIG).build();
        try (MemoryWorkspace ignored = workspaces.notifyScopeEntered(ArrayType.ACTIVATIONS)) {
            return pass(net, x, labels, workspaces, true);
        }
    }

    private static TestPass pass(MultiLayerNetwork net, INDArray x, INDArray labels, LayerWorkspaceMgr workspaces,
                                 boolean detach) {
        int last = net.getnLayers() - 1;
        try {
            INDArray activations = x;
            for (int i = 0; i <= last; i++) {
                InputPreProcessor preProcessor = net.getLayerWiseConfigurations().getInputPreProcess(i);
                if (preProcessor != null) {
                    activations = preProcessor.preProcess(activations, (int) x.size(0), workspaces);
                }
                if (i < last) {
                    activations = net.getLayer(i).activate(activations, false, workspaces);
                }
            }
            IOutputLayer output = (IOutputLayer) net.getOutputLayer();
            output.setInput(activations, workspaces);
            INDArray predictions = output.activate(false, workspaces);
            output.setLabels(labels);
            double loss = output.computeScore(net.calcRegularizationScore(true), false, workspaces);
            return new TestPass(detach ? predictions.detach() : predictions, loss);
        } finally {
            net.clearLayersStates();
        }
    }
}
