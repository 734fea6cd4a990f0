package org.activationlab.train;

import java.util.List;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A network's predictions and loss on some rows from one forward pass in test mode (dropout off).
 *
 * <p>{@code net.output(x)} and then {@code net.score(data)} run the hidden layers twice. This runs them
 * once and hands their output to the output layer twice, for its activations and for its loss: the
 * calls {@code MultiLayerNetwork.score} makes (the loss + the network's regularisation term, divided by
 * the rows), so both values are {@code output}'s and {@code score}'s, bit for bit.
 *
 * @param predictions the output layer's activations, [rows, outputs]
 * @param loss        what {@code net.score(new DataSet(x, labels), false)} returns
 */
public record TestPass(INDArray predictions, double loss) {

    /** Runs {@code x} through {@code net} once and scores the result against {@code labels}. */
    public static TestPass of(MultiLayerNetwork net, INDArray x, INDArray labels) {
        int last = net.getnLayers() - 1;
        INDArray toOutputLayer = x;
        if (last > 0) {
            List<INDArray> activations = net.feedForwardToLayer(last - 1, x, false);
            toOutputLayer = activations.get(activations.size() - 1);
        }
        LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
        InputPreProcessor preProcessor = net.getLayerWiseConfigurations().getInputPreProcess(last);
        if (preProcessor != null) {
            toOutputLayer = preProcessor.preProcess(toOutputLayer, (int) x.size(0), noWorkspaces);
        }
        IOutputLayer output = (IOutputLayer) net.getOutputLayer();
        try {
            output.setInput(toOutputLayer, noWorkspaces);
            INDArray predictions = output.activate(false, noWorkspaces);
            output.setLabels(labels);
            double loss = output.computeScore(net.calcRegularizationScore(true), false, noWorkspaces);
            return new TestPass(predictions, loss);
        } finally {
            net.clearLayersStates();
        }
    }
}
