package org.activationlab.network;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.layers.FastDenseLayer;
import org.activationlab.layers.FastMultiLayerUpdater;
import org.activationlab.layers.FastOutputLayer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
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
 * @param inputs     input nodes (one per input variable)
 * @param hidden     hidden layers, first to last
 * @param head       output layer
 * @param weightInit initial-weight scheme
 * @param optimizer  update rule and learning rate
 * @param l2         L2 weight penalty, ≥ 0
 * @param seed       seed for the initial weights
 * @param dataType   FLOAT for training, DOUBLE for gradient checks
 * @param layers     DL4J's stock layer and Adam classes or the project's equal, faster ones
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
        Validation.require(weightInit != null, "weightInit", "one of AUTO, XAVIER, HE, NORMAL", "null");
        Validation.require(optimizer != null, "optimizer", "an optimizer", "null");
        Validation.require(l2 >= 0 && Double.isFinite(l2), "l2", "a finite number ≥ 0", l2);
        Validation.require(dataType == DataType.FLOAT || dataType == DataType.DOUBLE, "dataType", "FLOAT or DOUBLE", dataType);
        Validation.require(layers != null, "layers", "STOCK or FAST", "null");
        hidden = List.copyOf(hidden);
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
        for (HiddenLayer h : hidden) {
            list.layer(denseLayer(list.getLayerwise().isEmpty())
                    .nIn(fanIn).nOut(h.width())
                    .activation(h.activation().toDl4j(h.leakySlope()))
                    .weightInit(weightInit.forLayer(h.activation()))
                    .build());
            fanIn = h.width();
        }
        list.layer(outputLayer(hidden.isEmpty())
                .nIn(fanIn).nOut(head.units())
                .activation(head.activation().toDl4j(Activation.DEFAULT_LEAKY_SLOPE))
                .weightInit(weightInit.forLayer(head.activation()))
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

    /** Weights and biases: Σ (fan-in × width + width) over computing layers. */
    public long parameterCount() {
        long count = 0;
        int fanIn = inputs;
        for (HiddenLayer h : hidden) {
            count += (long) fanIn * h.width() + h.width();
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
                .map(h -> new HiddenLayer(h.width(), activation, h.leakySlope())).toList();
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
        StringBuilder sb = new StringBuilder();
        sb.append("input layer : ").append(inputs).append(inputs == 1 ? " node" : " nodes")
                .append(" (passes values on; not counted in depth)\n");
        for (int i = 0; i < hidden.size(); i++) {
            HiddenLayer h = hidden.get(i);
            sb.append("hidden ").append(i + 1).append("    : ").append(h.describe()).append("; weights ")
                    .append(weightInit.describe(h.activation())).append('\n');
        }
        sb.append("output layer: ").append(head.describe()).append("; weights ")
                .append(weightInit.describe(head.activation())).append('\n');
        sb.append("depth       : ").append(depth()).append(" computing layer").append(depth() == 1 ? "" : "s")
                .append(" (").append(hidden.size()).append(" hidden + output)");
        if (isPerceptron()) {
            sb.append(" — a perceptron (C5)");
        }
        sb.append('\n');
        sb.append("deep (C1)   : ").append(isDeep() ? "yes" : "no").append(" (deep means ≥ 2 hidden layers)\n");
        sb.append("parameters  : ").append(parameterCount()).append(" weights and biases\n");
        sb.append("training    : ").append(optimizer).append(", l2=").append(l2).append(", init=")
                .append(weightInit).append(", seed=").append(seed);
        return sb.toString();
    }

    /** Builder in data-flow order: input → hidden… → output → training settings. */
    public static final class Builder {
        private final int inputs;
        private final List<HiddenLayer> hidden = new ArrayList<>();
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
            hidden.add(new HiddenLayer(width, activation));
            return this;
        }

        public Builder hidden(HiddenLayer layer) {
            hidden.add(layer);
            return this;
        }

        /** {@code count} identical hidden layers. */
        public Builder hidden(int count, int width, Activation activation) {
            for (int i = 0; i < count; i++) {
                hidden(width, activation);
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
