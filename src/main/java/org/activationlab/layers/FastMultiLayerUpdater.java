package org.activationlab.layers;

import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
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
 */
public class FastMultiLayerUpdater extends MultiLayerUpdater {

    public FastMultiLayerUpdater(MultiLayerNetwork network) {
        super(network);
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
