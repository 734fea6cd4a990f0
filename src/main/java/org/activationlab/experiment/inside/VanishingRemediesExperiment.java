package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.LayerProbe;
import org.activationlab.diagnostics.LayerTrace;
import org.activationlab.diagnostics.LayerWatch;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Seeded;
import org.activationlab.network.Activation;
import org.activationlab.network.HiddenLayer;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;
import org.activationlab.network.WeightInitChoice;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.TrainingSettings;

/**
 * Remedies for vanishing gradients (C17): deep networks with sigmoid, tanh or ReLU hidden layers, each
 * crossed with the initialisation (a naive baseline, Xavier/Glorot, He) and batch normalisation (without,
 * with), trained by plain SGD. Inside every cell a {@link LayerProbe} measures each hidden layer's
 * weight-gradient norm ‖∂L/∂W‖ at initialisation and after each epoch, and how far its weights moved.
 *
 * <p>The naive baseline is {@link WeightInitChoice#NAIVE_NORMAL}, N(0, 0.01²) whatever the layer's size:
 * the "small random numbers" of early practice and many textbooks, and the starting point the remedies
 * were invented to replace. With a fixed variance each layer scales its signal by about 0.01·√n, so a deep
 * network starves whatever its activation. {@link WeightInitChoice#STANDARD} (U[−1/√n, 1/√n]), the
 * heuristic Glorot &amp; Bengio (2010) compare their normalised initialisation with, is the milder
 * baseline: {@code --baseline-init standard}.
 *
 * <p>ReLU counts as a remedy of its own: its slope is 1 wherever it is active, where sigmoid's is at most
 * 0.25. The verdicts ({@link RemedyVerdicts}) compare each remedy with its baseline, setting by setting.
 */
public final class VanishingRemediesExperiment
        extends Experiment<VanishingRemediesExperiment.Settings, VanishingRemediesResult> {
    private final DataChoice.Memo choice = new DataChoice.Memo(settings);

    /**
     * @param dataset      preferred data (Fashion-MNIST), or {@code csv:PATH}
     * @param fallback     built-in set used when {@code dataset} cannot be read
     * @param data         options of {@code dataset}: examples per split ({@code limit}, 0: all), CSV columns
     * @param hiddenLayers hidden layers of every network
     * @param width        nodes per hidden layer
     * @param activations  hidden activations; relu and leakyrelu are the ReLU remedy for sigmoid and tanh
     * @param baselineInit the initialisation the remedies are compared with
     * @param remedyInits  the initialisations tried as remedies
     * @param epochs       training epochs
     * @param batchSize    examples per step
     * @param optimizer    update rule and step size; plain SGD by default, as Glorot &amp; Bengio used
     * @param targetShare  "epochs to target" counts epochs until the test accuracy is this share of the way
     *                     from chance (1/classes) to 1
     * @param probeSize    training examples the gradients are measured on
     * @param seeds        networks per configuration (seeds firstSeed, firstSeed+1, …)
     * @param firstSeed    seed of the first network's weights and data order
     */
    public record Settings(String dataset, String fallback, DataOptions data, int hiddenLayers, int width,
                           List<Activation> activations, WeightInitChoice baselineInit,
                           List<WeightInitChoice> remedyInits, int epochs, int batchSize, Optimizer optimizer,
                           double targetShare, int probeSize, int seeds, long firstSeed)
            implements PreferredData, Seeded<Settings> {
        public Settings {
            SettingsChecks.preferredData(dataset, data);
            SettingsChecks.hiddenStack(hiddenLayers, width, 2);
            Validation.require(activations != null && !activations.isEmpty()
                            && activations.stream().distinct().count() == activations.size()
                            && !activations.contains(Activation.SOFTMAX), "activations",
                    "distinct hidden activations from " + Activation.hiddenChoices(), activations);
            Validation.require(baselineInit != null, "baselineInit", "one of " + List.of(WeightInitChoice.values()),
                    "null");
            Validation.require(remedyInits != null && !remedyInits.isEmpty() && !remedyInits.contains(baselineInit)
                            && remedyInits.stream().distinct().count() == remedyInits.size(), "remedyInits",
                    "distinct schemes other than the baseline " + baselineInit, remedyInits);
            Validation.require(optimizer != null, "optimizer", "an optimizer", "null");
            SettingsChecks.training(epochs, batchSize, optimizer.learningRate());
            Validation.require(targetShare > 0 && targetShare <= 1, "targetShare",
                    "a share in (0, 1] of the way from chance to perfect accuracy", targetShare);
            Validation.require(probeSize >= 1, "probeSize", "at least 1", probeSize);
            SettingsChecks.seeds(seeds, firstSeed);
            activations = List.copyOf(activations);
            remedyInits = List.copyOf(remedyInits);
        }

        /** {@code limit} examples per split and default data options. */
        public Settings(String dataset, String fallback, int limit, int hiddenLayers, int width,
                        List<Activation> activations, WeightInitChoice baselineInit,
                        List<WeightInitChoice> remedyInits, int epochs, int batchSize, Optimizer optimizer,
                        double targetShare, int probeSize, int seeds, long firstSeed) {
            this(dataset, fallback, DataOptions.defaults().withLimit(limit), hiddenLayers, width, activations,
                    baselineInit, remedyInits, epochs, batchSize, optimizer, targetShare, probeSize, seeds, firstSeed);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_DATASET = "fashion-mnist";
        public static final int DEFAULT_WIDTH = 16;

        /**
         * 10 hidden layers of 16 on 300 Fashion-MNIST images, 3 epochs of SGD (0.1), gradients on 128 of them,
         * 2 seeds: the smallest run (36 trainings) that still allows Welch's test, chosen for run time (the
         * batch-normalised networks, on DL4J's stock layers, cost most of it), not for any outcome.
         */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATASET, "spiral", 300, 10, DEFAULT_WIDTH,
                    List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU), WeightInitChoice.NAIVE_NORMAL,
                    List.of(WeightInitChoice.XAVIER, WeightInitChoice.HE), 3, 50, Optimizer.sgd(0.1), 0.5, 128, 2, 1);
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, activations, baselineInit, remedyInits,
                    epochs, batchSize, optimizer, targetShare, probeSize, n, firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, fallback, data, hiddenLayers, width, activations, baselineInit, remedyInits,
                    epochs, batchSize, optimizer, targetShare, probeSize, seeds, firstSeed);
        }

        /** The same settings on {@code options} (e.g. a CSV file's label column). */
        public Settings withData(DataOptions options) {
            return new Settings(dataset, fallback, options, hiddenLayers, width, activations, baselineInit,
                    remedyInits, epochs, batchSize, optimizer, targetShare, probeSize, seeds, firstSeed);
        }

        /** The baseline first, then the remedies: the order of cells and rows. */
        public List<WeightInitChoice> inits() {
            List<WeightInitChoice> all = new ArrayList<>(List.of(baselineInit));
            all.addAll(remedyInits);
            return all;
        }
    }

    /**
     * One network configuration.
     *
     * @param activation hidden activation
     * @param init       initialisation scheme
     * @param batchNorm  whether every hidden layer is batch-normalised
     */
    public record Setup(Activation activation, WeightInitChoice init, boolean batchNorm) {
        /** e.g. "sigmoid, naive_normal, batch norm". */
        public String label() {
            return activation.id() + ", " + init.name().toLowerCase(Locale.ROOT) + (batchNorm ? ", batch norm" : "");
        }

        /** The setup of a network the spec describes (all hidden layers alike). */
        static Setup of(NetworkSpec spec) {
            HiddenLayer first = spec.hidden().get(0);
            return new Setup(first.activation(), spec.weightInit(), first.batchNorm());
        }
    }

    /**
     * One finished network.
     *
     * @param setup             its configuration
     * @param seed              its seed
     * @param gradientAtInit    ‖∂L/∂W‖ per hidden layer at initialisation, first to last
     * @param gradientTrained   the same after the last epoch
     * @param ratioPerEpoch     first / last hidden-layer gradient norm at epoch 0, 1, … (NaN where the last is 0)
     * @param weightChange      ‖W − W₀‖ / ‖W₀‖ per hidden layer after training
     * @param finalTestAccuracy test accuracy after training
     * @param epochToTarget     first epoch whose test accuracy reached the target, or -1
     * @param diverged          the loss became NaN/∞
     */
    public record Run(Setup setup, long seed, double[] gradientAtInit, double[] gradientTrained,
                      double[] ratioPerEpoch, double[] weightChange, double finalTestAccuracy, int epochToTarget,
                      boolean diverged) {
        /** First / last hidden-layer gradient norm at initialisation. */
        public double ratioAtInit() {
            return ratioPerEpoch[0];
        }

        /** The same after the last epoch. */
        public double ratioTrained() {
            return ratioPerEpoch[ratioPerEpoch.length - 1];
        }
    }

    /** One hidden layer of one network (the CSV rows). */
    public record LayerRow(String activation, String weightInit, boolean batchNorm, long seed, int layer,
                           double gradientNormAtInit, double gradientNormTrained, double weightChange,
                           double finalTestAccuracy, int epochToTarget, boolean diverged) {
    }

    public VanishingRemediesExperiment(Settings settings) {
        super("vanishing-remedies", "deep nets: naive vs Xavier/He init, with/without batch norm, sigmoid/tanh vs relu:"
                + " first-layer gradient and training", List.of(Claim.C17), settings);
    }

    public VanishingRemediesExperiment() {
        this(Settings.defaults());
    }

    /** One cell per activation × initialisation × batch norm (off, on) × seed, each probing its layers. */
    @Override
    protected List<Cell> cells() {
        DataChoice data = choice.get();
        List<Cell> cells = new ArrayList<>();
        for (Activation a : settings.activations()) {
            for (WeightInitChoice init : settings.inits()) {
                for (boolean batchNorm : new boolean[] {false, true}) {
                    for (int i = 0; i < settings.seeds(); i++) {
                        NetworkSpec.Builder net = NetworkSpec.input(data.data().numFeatures())
                                .hidden(settings.hiddenLayers(), settings.width(), a);
                        if (batchNorm) {
                            net.batchNorm();
                        }
                        NetworkSpec spec = net.output(data.data().defaultHead()).optimizer(settings.optimizer())
                                .weightInit(init).seed(settings.firstSeed() + i).build();
                        cells.add(new Cell(new Setup(a, init, batchNorm).label(), data.name(), data.options(), spec,
                                new TrainingSettings(settings.epochs(), settings.batchSize()),
                                List.of(new LayerProbe(settings.probeSize()))));
                    }
                }
            }
        }
        return cells;
    }

    @Override
    protected VanishingRemediesResult summarise(List<CellResult> cells) {
        double target = targetAccuracy();
        List<Run> runs = new ArrayList<>();
        List<Setup> failed = new ArrayList<>();
        for (CellResult r : cells) {
            if (r.failed()) {
                failed.add(Setup.of(r.cell().spec())); // no numbers; the verdicts say what is missing
            } else {
                runs.add(run(r, r.measurement(LayerTrace.class).orElseThrow(), target));
            }
        }
        List<Setup> setups = setups();
        RemedyVerdicts.Context context = new RemedyVerdicts.Context(describeRun(), settings.baselineInit(),
                target, settings.epochs());
        List<RemedyVerdicts.Comparison> comparisons = RemedyVerdicts.compare(setups, runs, failed, context);
        Map<String, Object> details = new LinkedHashMap<>(choice.get().describe());
        details.put("network", describeRun());
        details.put("baseline", settings.baselineInit().describe());
        details.put("target_accuracy", target);
        details.put("gradient_ratio", "||dL/dW|| of the first hidden layer / that of the last, on the first "
                + settings.probeSize() + " training examples");
        return new VanishingRemediesResult(RemedyVerdicts.judge(comparisons, context),
                SetupSummary.of(setups, runs, failed, settings.epochs()), runs, comparisons, details,
                settings.hiddenLayers());
    }

    /** Every configuration, in cell order. */
    private List<Setup> setups() {
        List<Setup> setups = new ArrayList<>();
        for (Activation a : settings.activations()) {
            for (WeightInitChoice init : settings.inits()) {
                setups.add(new Setup(a, init, false));
                setups.add(new Setup(a, init, true));
            }
        }
        return setups;
    }

    /** Chance (1/classes) plus {@code targetShare} of the way to 1: 0.55 for 10 classes at share 0.5. */
    private double targetAccuracy() {
        double chance = 1.0 / Math.max(2, choice.get().data().numOutputs());
        return chance + settings.targetShare() * (1 - chance);
    }

    private String describeRun() {
        return String.format(Locale.ROOT, "%s, %d hidden layers of %d, %s, %d epochs, batch %d, n = %d seed%s per "
                        + "configuration", choice.get().data().name(), settings.hiddenLayers(), settings.width(),
                settings.optimizer(), settings.epochs(), settings.batchSize(), settings.seeds(),
                settings.seeds() == 1 ? "" : "s");
    }

    private Run run(CellResult r, LayerTrace trace, double target) {
        int hidden = settings.hiddenLayers();
        double[] ratios = trace.snapshots().stream().mapToDouble(s -> ratio(hiddenNorms(s, hidden))).toArray();
        return new Run(Setup.of(r.cell().spec()), r.cell().seed(), hiddenNorms(trace.first(), hidden),
                hiddenNorms(trace.last(), hidden), ratios, Arrays.copyOf(trace.weightChange(), hidden),
                r.last().testAccuracy(), r.history().firstEpochReaching(target), r.diverged());
    }

    private static double[] hiddenNorms(LayerWatch.Snapshot s, int hidden) {
        return Arrays.copyOf(s.weightGradientNorms(), hidden);
    }

    /** First / last hidden-layer norm; undefined (NaN) when the last is 0, i.e. no signal reached it in float. */
    private static double ratio(double[] hiddenNorms) {
        double last = hiddenNorms[hiddenNorms.length - 1];
        return last > 0 ? hiddenNorms[0] / last : Double.NaN;
    }

    /** Runs with default settings ({@code 2} as argument: 2 seeds) and prints the table. */
    public static void main(String[] args) {
        Settings s = Settings.defaults();
        if (args.length > 0) {
            s = s.withSeeds(Integer.parseInt(args[0]));
        }
        ExperimentResult<VanishingRemediesResult> result = new VanishingRemediesExperiment(s).run();
        System.out.print(result.asText());
    }
}
