package org.activationlab.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.activationlab.layers.FastDenseLayer;
import org.activationlab.layers.FastMultiLayerUpdater;
import org.activationlab.layers.FastOutputLayer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A feed-forward network as the article draws it: input layer → hidden layers → output layer.
 *
 * <p>Declared in the order data flows, Keras-style:
 * <pre>{@code
 * NetworkSpec xor = NetworkSpec.input(2)
 *         .hidden(4, Activation.TANH)
 *         .output(OutputHead.binary())
 *         .build();
 * MultiLayerNetwork net = xor.toNetwork();
 * }</pre>
 * The input layer only passes values on, so it is not counted in {@link #depth()}. A spec with no
 * hidden layer is the perceptron (C5). Every value is checked here, at construction.
 *
 * <p>The article's remedies (C17, C18) are part of the spec: batch normalisation and dropout per
 * hidden layer ({@link HiddenLayer}), the initialisation ({@link WeightInitChoice}) and the L2 penalty:
 * <pre>{@code
 * NetworkSpec deep = NetworkSpec.input(2)
 *         .hidden(10, 32, Activation.SIGMOID).batchNorm().dropout(0.2)   // ten hidden layers, each a = f(BN(x·W))
 *         .output(OutputHead.binary())
 *         .weightInit(WeightInitChoice.NAIVE_NORMAL)
 *         .build();
 * }</pre>
 * Early stopping is a training setting, not part of the network. A network with batch normalisation
 * or dropout is built from DL4J's stock layers ({@link #layers()} is then STOCK whatever was asked):
 * the fast layers do not implement them.
 *
 * @param inputs     input nodes (one per input variable)
 * @param hidden     hidden layers, first to last
 * @param head       output layer
 * @param weightInit initial-weight scheme
 * @param optimizer  update rule and learning rate
 * @param l2         L2 weight penalty, ≥ 0
 * @param seed       seed for the initial weights
 * @param dataType   FLOAT for training, DOUBLE for gradient checks
 * @param layers     DL4J's stock layer and Adam classes or the project's equal, faster ones; STOCK
 *                   for a network with batch normalisation or dropout, whatever is passed
 */
public record NetworkSpec(int inputs, List<HiddenLayer> hidden, OutputHead head, WeightInitChoice weightInit,
                          Optimizer optimizer, double l2, long seed, DataType dataType, LayerImplementation layers) {

    /**
     * The layer implementation used when none is chosen: FAST, proven equal to STOCK and faster;
     * {@code -Dactivationlab.layers=stock} switches a whole run back (read once, at start-up).
     */
    public static final LayerImplementation DEFAULT_LAYERS =
            LayerImplementation.parse(System.getProperty("activationlab.layers", "fast"));

    public NetworkSpec {
        Validation.require(inputs >= 1, "inputs", "at least 1 input node", inputs);
        Validation.require(hidden != null, "hidden", "a list of hidden layers (empty for a perceptron)", "null");
        Validation.require(head != null, "head", "an output head (regression, binary or multiClass)", "null");
        Validation.require(weightInit != null, "weightInit", "one of " + List.of(WeightInitChoice.values()), "null");
        Validation.require(optimizer != null, "optimizer", "an optimizer", "null");
        Validation.require(l2 >= 0 && Double.isFinite(l2), "l2", "a finite number ≥ 0", l2);
        Validation.require(dataType == DataType.FLOAT || dataType == DataType.DOUBLE, "dataType", "FLOAT or DOUBLE", dataType);
        Validation.require(layers != null, "layers", "STOCK or FAST", "null");
        hidden = List.copyOf(hidden);
        if (needsStockLayers(hidden)) {
            layers = LayerImplementation.STOCK;
        }
    }

    /** Batch normalisation and dropout exist only in DL4J's stock layers. */
    private static boolean needsStockLayers(List<HiddenLayer> hidden) {
        return hidden.stream().anyMatch(h -> h.batchNorm() || h.dropsOut());
    }

    /** A spec with the {@link #DEFAULT_LAYERS default} layer implementation. */
    public NetworkSpec(int inputs, List<HiddenLayer> hidden, OutputHead head, WeightInitChoice weightInit,
                       Optimizer optimizer, double l2, long seed, DataType dataType) {
        this(inputs, hidden, head, weightInit, optimizer, l2, seed, dataType, DEFAULT_LAYERS);
    }

    /** Starts a spec with {@code inputs} input nodes. */
    public static Builder input(int inputs) {
        return new Builder(inputs);
    }

    /** The DL4J network, initialised with this spec's seed. */
    public MultiLayerNetwork toNetwork() {
        var list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(dataType)
                .updater(optimizer.toDl4j(layers))
                .l2(l2)
                .list();
        int fanIn = inputs;
        HiddenLayer previous = null;
        for (HiddenLayer h : hidden) {
            addHidden(list, h, fanIn, previous);
            fanIn = h.width();
            previous = h;
        }
        list.layer(droppingOutputsOf(previous, outputLayer(hidden.isEmpty()))
                .nIn(fanIn).nOut(head.units())
                .activation(head.activation().toDl4j(Activation.DEFAULT_LEAKY_SLOPE))
                .weightInit(weightInit.toDl4j(head.activation()))
                .build());
        // DL4J rejects some unusual heads outright; an explicit override is meant to be trainable.
        list.validateOutputLayerConfig(!head.overridden());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        if (layers == LayerImplementation.FAST) {
            FastMultiLayerUpdater.install(net);
        }
        return net;
    }

    /**
     * One hidden layer: a dense layer a = f(x·W + b), or with batch normalisation three DL4J layers,
     * dense x·W (no bias) → {@code BatchNormalization} → {@code ActivationLayer} f, so that BN comes
     * before the non-linearity as in Ioffe &amp; Szegedy (2015).
     */
    private void addHidden(NeuralNetConfiguration.ListBuilder list, HiddenLayer h, int fanIn, HiddenLayer previous) {
        var dense = h.batchNorm() ? new DenseLayer.Builder().hasBias(false) : denseLayer(list.getLayerwise().isEmpty());
        list.layer(droppingOutputsOf(previous, dense).nIn(fanIn).nOut(h.width())
                .activation(h.batchNorm() ? Activation.IDENTITY.toDl4j(h.leakySlope()) : h.activation().toDl4j(h.leakySlope()))
                .weightInit(weightInit.toDl4j(h.activation()))
                .build());
        if (h.batchNorm()) {
            list.layer(new BatchNormalization.Builder().nIn(h.width()).nOut(h.width()).build());
            list.layer(new ActivationLayer.Builder().activation(h.activation().toDl4j(h.leakySlope())).build());
        }
    }

    /** DL4J drops a layer's inputs: dropout of {@code previous}'s outputs is set on the layer that reads them. */
    private static <B extends FeedForwardLayer.Builder<?>> B droppingOutputsOf(HiddenLayer previous, B reader) {
        if (previous != null && previous.dropsOut()) {
            reader.dropOut(previous.retainProbability()); // DL4J's argument is the retain probability
        }
        return reader;
    }

    /** A hidden layer's builder; the first layer's input gradient is never read, so FAST skips it. */
    private FeedForwardLayer.Builder<?> denseLayer(boolean first) {
        return switch (layers) {
            case STOCK -> new DenseLayer.Builder();
            case FAST -> new FastDenseLayer.Builder().inputGradient(!first);
        };
    }

    private BaseOutputLayer.Builder<?> outputLayer(boolean first) {
        return switch (layers) {
            case STOCK -> new OutputLayer.Builder(head.loss().toDl4j());
            case FAST -> new FastOutputLayer.Builder(head.loss().toDl4j()).inputGradient(!first);
        };
    }

    /** Computing layers: hidden layers plus the output layer (the input layer is not counted). */
    public int depth() {
        return hidden.size() + 1;
    }

    /** Deep learning in the article's sense (C1): two or more hidden layers. */
    public boolean isDeep() {
        return hidden.size() >= 2;
    }

    /** A single computing node over the inputs (C5). */
    public boolean isPerceptron() {
        return hidden.isEmpty() && head.units() == 1;
    }

    /**
     * Trained parameters: Σ (fan-in × width + width) over computing layers, the bias replaced by
     * batch normalisation's γ and β (2 × width) where a layer has it. BN's running mean and variance
     * are statistics, not trained, and not counted (DL4J's {@code numParams()} counts them).
     */
    public long parameterCount() {
        long count = 0;
        int fanIn = inputs;
        for (HiddenLayer h : hidden) {
            count += (long) fanIn * h.width() + (h.batchNorm() ? 2L : 1L) * h.width();
            fanIn = h.width();
        }
        return count + (long) fanIn * head.units() + head.units();
    }

    /** Nodes per layer, input first. */
    public List<Integer> nodesPerLayer() {
        List<Integer> nodes = new ArrayList<>();
        nodes.add(inputs);
        hidden.forEach(h -> nodes.add(h.width()));
        nodes.add(head.units());
        return nodes;
    }

    /** The same network with every hidden layer using {@code activation}: the comparison experiments' knob. */
    public NetworkSpec withHiddenActivation(Activation activation) {
        List<HiddenLayer> swapped = hidden.stream()
                .map(h -> h.withActivation(activation)).toList();
        return new NetworkSpec(inputs, swapped, head, weightInit, optimizer, l2, seed, dataType, layers);
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(inputs, hidden, head, weightInit, optimizer, l2, newSeed, dataType, layers);
    }

    public NetworkSpec withOptimizer(Optimizer newOptimizer) {
        return new NetworkSpec(inputs, hidden, head, weightInit, newOptimizer, l2, seed, dataType, layers);
    }

    public NetworkSpec withHead(OutputHead newHead) {
        return new NetworkSpec(inputs, hidden, newHead, weightInit, optimizer, l2, seed, dataType, layers);
    }

    public NetworkSpec withDataType(DataType newType) {
        return new NetworkSpec(inputs, hidden, head, weightInit, optimizer, l2, seed, newType, layers);
    }

    /** The same network built from other layer classes (same numbers either way). */
    public NetworkSpec withLayers(LayerImplementation implementation) {
        return new NetworkSpec(inputs, hidden, head, weightInit, optimizer, l2, seed, dataType, implementation);
    }

    /** Compact architecture string, e.g. "2-4(tanh)-1(sigmoid)". */
    public String shortName() {
        StringBuilder sb = new StringBuilder().append(inputs);
        hidden.forEach(h -> sb.append('-').append(h.width()).append('(').append(h.activation()).append(')'));
        return sb.append('-').append(head.units()).append('(').append(head.activation()).append(')').toString();
    }

    /**
     * The spec in the article's terms: layers, nodes, each layer's initial-weight scheme (what AUTO chose
     * for its activation, e.g. LeCun normal before SELU), depth, whether it is deep, parameter count.
     */
    public String describe() {
        // Node counts right-aligned to the widest layer, so "  3 nodes" and "100 nodes" line up too.
        int digits = String.valueOf(Math.max(head.units(), hidden.stream().mapToInt(HiddenLayer::width).max()
                .orElse(1))).length();
        StringBuilder sb = new StringBuilder();
        row(sb, "input layer", inputs + (inputs == 1 ? " node" : " nodes") + " (passes values on; not counted in depth)");
        for (int i = 0; i < hidden.size(); i++) {
            HiddenLayer h = hidden.get(i);
            row(sb, "hidden " + (i + 1), pad(h.describe(), h.width(), digits) + autoInit(h.activation()));
        }
        row(sb, "output layer", pad(head.describe(), head.units(), digits) + autoInit(head.activation()));
        row(sb, "depth", depth() + " computing layer" + (depth() == 1 ? "" : "s") + " (" + hidden.size()
                + " hidden + output)" + (isPerceptron() ? " — a perceptron (C5)" : ""));
        row(sb, "deep (C1)", (isDeep() ? "yes" : "no") + " (deep means ≥ 2 hidden layers)");
        row(sb, "parameters", parameterCount() + " trained weights and biases"
                + (hidden.stream().anyMatch(HiddenLayer::batchNorm) ? " (γ, β in place of batch-normalised biases)" : ""));
        row(sb, "normalise", hiddenLayersWith(HiddenLayer::batchNorm,
                "batch norm before the activation, a = f(BN(x·W)) (Ioffe & Szegedy 2015), in"));
        row(sb, "dropout", hiddenLayersWith(HiddenLayer::dropsOut,
                "outputs dropped while training (Srivastava et al. 2014), in"));
        row(sb, "init", weightInit.describe());
        row(sb, "layers", layers.name().toLowerCase(Locale.ROOT)
                + (needsStockLayers(hidden) ? " (batch norm/dropout: DL4J's own layers)" : ""));
        row(sb, "training", optimizer + ", l2=" + l2 + ", seed=" + seed);
        return sb.substring(0, sb.length() - 1);
    }

    /** Width of the label column of {@link #describe()}: "output layer" is the longest label, "hidden 100" fits. */
    private static final int LABEL_WIDTH = 12;

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s: ", label)).append(value).append('\n');
    }

    /** {@code text} (which starts with {@code count}) left-padded so that counts of {@code digits} digits align. */
    private static String pad(String text, int count, int digits) {
        return " ".repeat(Math.max(0, digits - String.valueOf(count).length())) + text;
    }

    /** "none", or {@code what} followed by the hidden layers (1-based) for which {@code test} holds. */
    private String hiddenLayersWith(Predicate<HiddenLayer> test, String what) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            if (test.test(hidden.get(i))) {
                numbers.add(i + 1);
            }
        }
        if (numbers.isEmpty()) {
            return "none";
        }
        return what + (numbers.size() == 1 ? " hidden layer " : " hidden layers ") + numbers.stream()
                .map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Under AUTO, the scheme this layer's activation got (e.g. "; weights lecun normal …"); else "" (one scheme, on the init line). */
    private String autoInit(Activation activation) {
        return weightInit == WeightInitChoice.AUTO ? "; weights " + weightInit.describe(activation) : "";
    }

    /** Builder in data-flow order: input → hidden… → output → training settings. */
    public static final class Builder {
        private final int inputs;
        private final List<HiddenLayer> hidden = new ArrayList<>();
        /** First hidden layer added by the latest {@code hidden(…)} call: what batchNorm() and dropout() change. */
        private int groupStart = -1;
        private OutputHead head;
        private WeightInitChoice weightInit = WeightInitChoice.AUTO;
        private Optimizer optimizer = Optimizer.adam(1e-3);
        private double l2 = 0;
        private long seed = 42;
        private DataType dataType = DataType.FLOAT;
        private LayerImplementation layers = DEFAULT_LAYERS;

        private Builder(int inputs) {
            this.inputs = inputs;
        }

        public Builder hidden(int width, Activation activation) {
            return hidden(new HiddenLayer(width, activation));
        }

        public Builder hidden(HiddenLayer layer) {
            groupStart = hidden.size();
            hidden.add(layer);
            return this;
        }

        /** {@code count} identical hidden layers. */
        public Builder hidden(int count, int width, Activation activation) {
            int start = hidden.size();
            for (int i = 0; i < count; i++) {
                hidden(width, activation);
            }
            groupStart = start; // the whole group, empty when count is 0
            return this;
        }

        /** Batch-normalises the pre-activations of the hidden layers added by the latest {@code hidden(…)} call. */
        public Builder batchNorm() {
            return changeLatest("batchNorm", HiddenLayer::withBatchNorm);
        }

        /**
         * The hidden layers added by the latest {@code hidden(…)} call drop each output with probability
         * {@code dropProbability} while training (the drop, not DL4J's retain, probability).
         */
        public Builder dropout(double dropProbability) {
            return changeLatest("dropout", h -> h.withDropout(dropProbability));
        }

        private Builder changeLatest(String field, UnaryOperator<HiddenLayer> change) {
            Validation.require(groupStart >= 0 && groupStart < hidden.size(), field,
                    "a hidden(…) layer before it (it applies to the hidden layers just added)", "none");
            for (int i = groupStart; i < hidden.size(); i++) {
                hidden.set(i, change.apply(hidden.get(i)));
            }
            return this;
        }

        public Builder output(OutputHead outputHead) {
            this.head = outputHead;
            return this;
        }

        public Builder weightInit(WeightInitChoice choice) {
            this.weightInit = choice;
            return this;
        }

        public Builder optimizer(Optimizer choice) {
            this.optimizer = choice;
            return this;
        }

        public Builder l2(double penalty) {
            this.l2 = penalty;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder dataType(DataType type) {
            this.dataType = type;
            return this;
        }

        /** STOCK (DL4J's layer classes) or FAST (the project's equal, faster ones). */
        public Builder layers(LayerImplementation implementation) {
            this.layers = implementation;
            return this;
        }

        public NetworkSpec build() {
            return new NetworkSpec(inputs, hidden, head, weightInit, optimizer, l2, seed, dataType, layers);
        }
    }
}
