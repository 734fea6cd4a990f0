package org.activationlab.layers;

import static org.activationlab.layers.FastLayersMatchStockTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.activationlab.data.Dataset;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ReLU, leaky ReLU, tanh and sigmoid of big float layers in Java ({@link FloatActivation}) against DL4J's own ops: the
 * same bits element by element (special values included), and the same network, outputs, gradients
 * and training run bit for bit as with ND4J's activation ops, except tanh's forward pass ({@link FloatTanh}, within
 * float tolerance); against the stock layers within the float tolerance of {@link FastLayersMatchStockTest}.
 */
class FloatActivationTest {
    private static final int INPUTS = 20;

    /** The functions whose loops give DL4J's bits (tanh's forward pass is {@link FloatTanh}'s: its own test below). */
    static Stream<IActivation> bitForBit() {
        return Stream.of(new ActivationReLU(), new ActivationLReLU(0.01), new ActivationLReLU(0.3), new ActivationSigmoid());
    }

    @ParameterizedTest
    @MethodSource("bitForBit")
    void loopsGiveDl4jsBitsForEveryInput(IActivation fn) {
        float[] z = new float[64 * 256];
        float[] e = new float[z.length];
        withSpecialValues(z, e);
        assertSameBitsAsDl4j(fn, z, e, 64, 256);
    }

    /**
     * Gaussian z and ε, then each special z with ε of both signs, each special ε at z &lt; 0 and z &gt; 0, and every
     * pair of special values.
     */
    private static void withSpecialValues(float[] z, float[] e) {
        float[] special = {0f, -0f, Float.NaN, Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x7f800001),
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-40f, -1e-40f,
                Float.MAX_VALUE, -Float.MAX_VALUE, 20f, -20f, 100f, -100f};
        Random random = new Random(5);
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) (random.nextGaussian() * 3);
            e[k] = (float) random.nextGaussian();
        }
        for (int i = 0; i < special.length; i++) { // each special z with ε of both signs, each special ε at z < 0 and z > 0
            for (int j = 0; j < 2; j++) {
                z[2 * i + j] = special[i];
                e[2 * i + j] = j == 0 ? -1.5f : 2.5f;
                z[100 + 2 * i + j] = j == 0 ? -1.5f : 2.5f;
                e[100 + 2 * i + j] = special[i];
            }
            for (int j = 0; j < special.length; j++) { // and every pair of special values
                z[200 + i * special.length + j] = special[i];
                e[200 + i * special.length + j] = special[j];
            }
        }
    }

    /**
     * sigmoid takes δ from the forward pass's output, where libnd4j computes the function again from z: the two
     * must be the same float everywhere. Every 2¹³-th float bit pattern (both signs, zeros, subnormals, normals up
     * to ±∞ and NaNs), then one random pattern in each of those steps.
     */
    @Test
    void sigmoidsSlopeGivesDl4jsBitsOverTheWholeFloatRange() {
        for (boolean jitter : new boolean[]{false, true}) {
            float[][] ze = wholeFloatRange(jitter);
            assertSameBitsAsDl4j(new ActivationSigmoid(), ze[0], ze[1], 512, 1024);
        }
    }

    /** z over the whole float range as above, ε Gaussian. */
    private static float[][] wholeFloatRange(boolean jitter) {
        int n = 1 << 19;
        Random random = new Random(jitter ? 12 : 11);
        float[] z = new float[n];
        float[] e = new float[n];
        for (int k = 0; k < n; k++) {
            z[k] = Float.intBitsToFloat((k << 13) + (jitter ? random.nextInt(1 << 13) : 0));
            e[k] = (float) random.nextGaussian();
        }
        return new float[][]{z, e};
    }

    /**
     * tanh's loops: a = {@link FloatTanh#of}(z) element by element, within {@value FloatTanh#FROM_LIBND4J} of DL4J's
     * forward op (NaN where it is NaN), and δ = ε·(1 − a·a) from that a, in libnd4j's float order, bit for bit, over
     * the special values and the whole float range.
     */
    @Test
    void tanhIsFloatTanhWithItsOwnSlope() {
        float[] z = new float[64 * 256];
        float[] e = new float[z.length];
        withSpecialValues(z, e);
        assertTanhLoops(z, e, 64, 256);
        for (boolean jitter : new boolean[]{false, true}) {
            float[][] ze = wholeFloatRange(jitter);
            assertTanhLoops(ze[0], ze[1], 512, 1024);
        }
    }

    private static void assertTanhLoops(float[] z, float[] e, int rows, int columns) {
        IActivation fn = new ActivationTanH();
        INDArray zs = Nd4j.createFromArray(z).reshape(rows, columns);
        FloatActivation loops = FloatActivation.of(fn, DataType.FLOAT);
        INDArray kept = zs.dup();
        float[] a = loops.activate(kept, zs.ulike()).data().asFloat();
        float[] dl4j = fn.getActivation(zs.dup(), true).data().asFloat();
        float[] delta = loops.delta(kept, Nd4j.createFromArray(e).reshape(rows, columns)).data().asFloat();
        for (int k = 0; k < z.length; k++) {
            int i = k;
            if (Float.isNaN(z[k])) {
                assertTrue(Float.isNaN(a[k]) && Float.isNaN(delta[k]), () -> "NaN in, NaN out at " + i);
                continue;
            }
            assertEquals(Float.floatToRawIntBits(FloatTanh.of(z[k])), Float.floatToRawIntBits(a[k]), () -> "a at z = " + z[i]);
            assertEquals(dl4j[k], a[k], FloatTanh.FROM_LIBND4J, () -> "a against DL4J's at z = " + z[i]);
            float expected = e[k] * (1f - a[k] * a[k]);
            if (Float.isNaN(expected)) {
                assertTrue(Float.isNaN(delta[k]), () -> "δ at z = " + z[i] + ", ε = " + e[i]);
            } else {
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(delta[k]),
                        () -> "δ at z = " + z[i] + ", ε = " + e[i]);
            }
        }
    }

    /** DL4J's forward (in place on a copy) and backward (from z) against the loops' activate then delta on the same z. */
    private static void assertSameBitsAsDl4j(IActivation fn, float[] z, float[] e, int rows, int columns) {
        INDArray zs = Nd4j.createFromArray(z).reshape(rows, columns);
        INDArray es = Nd4j.createFromArray(e).reshape(rows, columns);
        FloatActivation loops = FloatActivation.of(fn, DataType.FLOAT);
        assertNotNull(loops, fn + " has float loops");

        INDArray kept = zs.dup();
        assertSameBits(fn.getActivation(zs.dup(), true), loops.activate(kept, zs.ulike()), z, fn + " forward");
        assertTrue(loops.hasDeltaFor(kept), "the forward pass kept what δ needs");
        assertSameBits(fn.backprop(zs.dup(), es.dup()).getFirst(), loops.delta(kept, es), z, fn + " backward");
    }

    @Test
    void onlyFloatReluFamilyTanhAndSigmoidHaveLoops() {
        for (Activation a : List.of(Activation.RELU, Activation.LEAKY_RELU, Activation.TANH, Activation.SIGMOID)) {
            assertNotNull(FloatActivation.of(a.toDl4j(Activation.DEFAULT_LEAKY_SLOPE), DataType.FLOAT), a + " has loops");
            assertNull(FloatActivation.of(a.toDl4j(Activation.DEFAULT_LEAKY_SLOPE), DataType.DOUBLE), a + " in double stays on ND4J");
        }
        for (Activation a : List.of(Activation.IDENTITY, Activation.ELU, Activation.SELU, Activation.GELU, Activation.SWISH,
                Activation.SOFTPLUS)) {
            assertNull(FloatActivation.of(a.toDl4j(Activation.DEFAULT_LEAKY_SLOPE), DataType.FLOAT), a + " stays on ND4J");
        }
    }

    /** 20 → 64 → 48 → 3, batches of 32: both hidden layers are above the Java products' size limit. */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "LEAKY_RELU", "TANH", "SIGMOID"})
    void bigLayersGiveTheSameNetworkAsNd4jsActivationOps(Activation activation) {
        NetworkSpec spec = NetworkSpec.input(INPUTS).hidden(64, activation).hidden(48, activation)
                .output(OutputHead.multiClass(3)).optimizer(Optimizer.adam(0.01)).seed(7).dataType(DataType.FLOAT)
                .layers(LayerImplementation.FAST).build();
        assertTrue(32L * INPUTS * 64 > HostAffine.maxMultiplyAdds && 32L * 64 * 48 > HostAffine.maxMultiplyAdds);
        Dataset data = dataset();
        DataSet batch = (DataSet) data.train().getRange(0, 32);
        INDArray y = Dataset.labelsFor(batch.getLabels(), spec.head());

        long before = FloatActivation.CALLS.sum();
        Step java = step(spec.toNetwork(), batch.getFeatures(), y);
        boolean tanh = activation == Activation.TANH; // its test pass is in Java too (FloatTanh)
        assertEquals(2 * 3 + (tanh ? 2 : 0), FloatActivation.CALLS.sum() - before,
                "both layers' forward (twice) and backward in Java");
        Step nd4j = withNd4jOps(() -> step(spec.toNetwork(), batch.getFeatures(), y));
        assertTrue(nd4j.gradient.norm2Number().doubleValue() > 1e-4, "a real gradient was compared");
        TrainingSettings settings = new TrainingSettings(3, 32);
        TrainingRun javaRun = Trainer.train(spec, data, settings);
        TrainingRun nd4jRun = withNd4jOps(() -> Trainer.train(spec, data, settings));

        if (tanh) { // FloatTanh is libnd4j's tanh within float tolerance, so the network is too
            assertClose(nd4j.output, java.output, 1e-6, "training-mode output");
            assertClose(nd4j.inference, java.inference, 1e-6, "inference output");
            assertClose(nd4j.gradient, java.gradient, 1e-5, "gradient");
            assertEquals(nd4j.score, java.score, 1e-6, "score");
            assertClose(nd4jRun.network().params(), javaRun.network().params(), 1e-4, "parameters after 3 epochs");
        } else {
            assertSameBits(nd4j.output, java.output, null, "training-mode output");
            assertSameBits(nd4j.inference, java.inference, null, "inference output");
            assertSameBits(nd4j.gradient, java.gradient, null, "gradient");
            assertEquals(nd4j.score, java.score, 0.0, "score");
            assertEquals(untimed(nd4jRun), untimed(javaRun), "every epoch's losses and accuracy");
            assertSameBits(nd4jRun.network().params(), javaRun.network().params(), null, "parameters after 3 epochs");
        }
        assertTrue(spec.toNetwork().params().distance2(javaRun.network().params()) > 1e-2, "training moved the weights");

        TrainingRun stock = Trainer.train(spec.withLayers(LayerImplementation.STOCK), data, settings);
        for (int i = 0; i < stock.history().epochs().size(); i++) {
            double s = stock.history().epochs().get(i).trainLoss();
            assertEquals(s, javaRun.history().epochs().get(i).trainLoss(), 1e-4 * (1 + Math.abs(s)), "train loss vs stock, epoch " + i);
        }
        assertClose(stock.network().params(), javaRun.network().params(), 1e-4, "parameters vs stock layers");
    }

    /**
     * A test pass computes tanh as the training pass does, also over more rows than its chunk holds (300 × 64
     * values, 16,384 a chunk): the network's inference output is its training-mode output, bit for bit.
     */
    @Test
    void tanhsTestPassIsItsTrainingPassInEveryChunk() {
        NetworkSpec spec = NetworkSpec.input(INPUTS).hidden(64, Activation.TANH).hidden(48, Activation.TANH)
                .output(OutputHead.multiClass(3)).optimizer(Optimizer.adam(0.01)).seed(7).dataType(DataType.FLOAT)
                .layers(LayerImplementation.FAST).build();
        MultiLayerNetwork net = spec.toNetwork();
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.randn(DataType.FLOAT, 300, INPUTS);
        assertTrue(300 * 64 > (1 << 14) && (300 * 64) % (1 << 14) != 0, "more than one chunk, the last one partial");
        long before = FloatActivation.CALLS.sum();
        INDArray inference = net.output(x, false).dup();
        assertEquals(2, FloatActivation.CALLS.sum() - before, "both layers' test pass in Java");
        assertSameBits(net.output(x, true), inference, null, "inference against training-mode output");
    }

    /**
     * tanh and sigmoid take δ from the output the forward pass kept, not from the activations array it
     * returned (DL4J's, the next layer's input, which may change before the backward pass), and fall
     * back to DL4J's op when the kept output is not z's.
     */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "SIGMOID"})
    void outputSlopesUseTheKeptOutputOfThisVeryPass(Activation activation) {
        NetworkSpec spec = NetworkSpec.input(INPUTS).hidden(64, activation).hidden(48, activation)
                .output(OutputHead.multiClass(3)).optimizer(Optimizer.adam(0.01)).seed(7).dataType(DataType.FLOAT)
                .layers(LayerImplementation.FAST).build();
        MultiLayerNetwork net = spec.toNetwork();
        DataSet batch = (DataSet) dataset().train().getRange(0, 32);
        net.setInput(batch.getFeatures());
        net.setLabels(Dataset.labelsFor(batch.getLabels(), spec.head()));
        net.computeGradientAndScore(); // sets up the gradient views the layers write into
        LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
        INDArray h = net.getLayer(0).activate(batch.getFeatures(), false, noWorkspaces).dup();
        INDArray other = h.mul(0.5);
        INDArray epsilon = Nd4j.rand(DataType.FLOAT, 32, 48).subi(0.5);
        org.deeplearning4j.nn.api.Layer layer = net.getLayer(1);

        INDArray nd4jOps = withNd4jOps(() -> {
            layer.activate(h, true, noWorkspaces);
            return layer.backpropGradient(epsilon.dup(), noWorkspaces).getSecond().dup();
        });
        layer.activate(h, true, noWorkspaces);
        INDArray expected = layer.backpropGradient(epsilon.dup(), noWorkspaces).getSecond().dup();
        if (activation == Activation.SIGMOID) {
            assertSameBits(nd4jOps, expected, null, "dL/dx in Java and with ND4J's ops");
        } else { // tanh's forward pass is FloatTanh's
            assertClose(nd4jOps, expected, 1e-6, "dL/dx in Java and with ND4J's ops");
        }
        long before = FloatActivation.CALLS.sum();
        layer.activate(h, true, noWorkspaces).assign(Float.NaN); // as a next layer working in place on its input might
        assertSameBits(expected, layer.backpropGradient(epsilon.dup(), noWorkspaces).getSecond(), null,
                "dL/dx after the activations array was overwritten");
        assertEquals(2, FloatActivation.CALLS.sum() - before, "forward and backward in Java");

        layer.activate(other, true, noWorkspaces);
        withNd4jOps(() -> layer.activate(h, true, noWorkspaces)); // z is h's now, the output kept in Java is other's
        assertSameBits(nd4jOps, layer.backpropGradient(epsilon.dup(), noWorkspaces).getSecond(), null,
                "dL/dx after a forward pass that kept no output: DL4J's op");
        assertTrue(expected.norm2Number().doubleValue() > 1e-4, "a real gradient was compared");
    }

    private static List<EpochMetrics> untimed(TrainingRun run) {
        return run.history().epochs().stream().map(EpochMetrics::withoutTiming).toList();
    }

    private record Step(INDArray output, INDArray inference, INDArray gradient, double score) {
    }

    private static Step step(MultiLayerNetwork net, INDArray x, INDArray y) {
        INDArray output = net.output(x, true).dup();
        net.setInput(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        return new Step(output, net.output(x, false).dup(), net.gradient().gradient().dup(), net.score());
    }

    private static <T> T withNd4jOps(Supplier<T> body) {
        FloatActivation.enabled = false;
        try {
            return body.get();
        } finally {
            FloatActivation.enabled = true;
        }
    }

    /** 96 training and 32 test examples of 20 features, 3 classes by the sign pattern of two features. */
    private static Dataset dataset() {
        Nd4j.getRandom().setSeed(21);
        INDArray x = Nd4j.randn(DataType.FLOAT, 128, INPUTS);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 128, 3);
        for (int r = 0; r < 128; r++) {
            double a = x.getDouble(r, 0);
            double b = x.getDouble(r, 1);
            y.putScalar(r, a > 0 ? (b > 0 ? 0 : 1) : 2, 1.0);
        }
        DataSet all = new DataSet(x, y);
        return new Dataset("relu-big", Task.MULTICLASS, (DataSet) all.getRange(0, 96), (DataSet) all.getRange(96, 128),
                List.of("a", "b", "c"), Map.of());
    }

    /** Equal element by element as raw float bits (so −0 ≠ +0 and NaNs must match too). */
    private static void assertSameBits(INDArray expected, INDArray actual, float[] inputs, String what) {
        float[] e = expected.castTo(DataType.FLOAT).data().asFloat();
        float[] a = actual.castTo(DataType.FLOAT).data().asFloat();
        assertEquals(e.length, a.length, what);
        for (int k = 0; k < e.length; k++) {
            int i = k;
            assertEquals(Float.floatToRawIntBits(e[k]), Float.floatToRawIntBits(a[k]), () -> what + " at " + i
                    + (inputs == null ? "" : " (z = " + inputs[i] + ")") + ": " + e[i] + " vs " + a[i]);
        }
    }
}
