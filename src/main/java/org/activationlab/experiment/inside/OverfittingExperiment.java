package org.activationlab.experiment.inside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Seeded;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.Validation;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.train.EarlyStopping;
import org.activationlab.train.EpochMetrics;
import org.activationlab.train.HeldOutMetrics;
import org.activationlab.train.Holdout;
import org.activationlab.train.TrainingHistory;
import org.activationlab.train.TrainingSettings;

/**
 * Over-fitting and its remedies (C18): a wide network on a small training set, trained without
 * regularisation, with an L2 weight penalty, with dropout in its hidden layers, and stopped early on a
 * validation split held out from the training examples (never the test set).
 *
 * <p>Every run holds out the same validation share, so all four fit the same rows. Early stopping
 * trains nothing of its own: it is the unregularised run stopped where its validation loss stopped
 * improving for {@code patience} epochs, with that best epoch's network kept ({@link EarlyStopping}).
 * Training accuracy is measured in test mode (dropout off), so the gap train − test compares like with like.
 */
public final class OverfittingExperiment extends Experiment<OverfittingExperiment.Settings, OverfittingResult> {
    private final DataChoice.Memo choice = new DataChoice.Memo(settings);

    /**
     * @param dataset            preferred data (Fashion-MNIST), or csv:PATH
     * @param fallback           built-in set used when {@code dataset} cannot be read
     * @param data               options of {@code dataset}: examples per split ({@code limit}, 0: all; a small set
     *                           over-fits), CSV columns, and the noise of a generated set (Playground's 0–0.5), which
     *                           the fallback gets too, so that it can be over-fitted
     * @param hiddenLayers       hidden layers
     * @param width              nodes per hidden layer: wide enough to memorise the training set
     * @param activation         hidden activation
     * @param epochs             training epochs (long enough to over-fit)
     * @param batchSize          examples per step
     * @param optimizer          update rule and step size
     * @param l2                 the L2 remedy's weight penalty
     * @param dropout            the dropout remedy's drop probability per hidden layer (Srivastava et al.: 0.5)
     * @param validationFraction share of the training examples held out for validation, in every run
     * @param patience           early stopping: epochs without a lower validation loss before it stops
     * @param seeds              runs per remedy (seeds firstSeed, firstSeed+1, …)
     * @param firstSeed          seed of the first run's weights, data order and validation split
     */
    public record Settings(String dataset, String fallback, DataOptions data, int hiddenLayers,
                           int width, Activation activation, int epochs, int batchSize, Optimizer optimizer, double l2,
                           double dropout, double validationFraction, int patience, int seeds, long firstSeed)
            implements PreferredData, Seeded<Settings> {
        public Settings {
            SettingsChecks.preferredData(dataset, data);
            SettingsChecks.hiddenStack(hiddenLayers, width, 1);
            Validation.require(activation != null && activation != Activation.SOFTMAX, "activation",
                    "one of " + Activation.hiddenChoices(), activation);
            Validation.require(optimizer != null, "optimizer", "an optimizer", "null");
            SettingsChecks.training(epochs, batchSize, optimizer.learningRate());
            Validation.require(l2 > 0 && Double.isFinite(l2), "l2", "a penalty > 0 (the L2 remedy)", l2);
            Validation.require(dropout > 0 && dropout < 1, "dropout", "a drop probability in (0, 1)", dropout);
            Validation.require(validationFraction > 0 && validationFraction < 1, "validationFraction",
                    "a fraction in (0, 1) (early stopping needs a validation split)", validationFraction);
            new EarlyStopping(patience); // checks it
            SettingsChecks.seeds(seeds, firstSeed);
        }

        /** Defaults as compile-time constants: the CLI launcher reads them for its JIT choice without loading this class. */
        public static final String DEFAULT_DATASET = "fashion-mnist";
        public static final int DEFAULT_WIDTH = 128;

        /**
         * 2 hidden layers of 128 ReLU on 1,000 Fashion-MNIST training images (200 of them held out for
         * validation), 20 epochs of Adam (1e-3), L2 1e-3 (DL4J's penalty: 1e-3/2 × ‖W‖² added to the loss),
         * dropout 0.5, patience 5, 3 seeds.
         */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATASET, "spiral", DataOptions.defaults().withNoise(0.25).withLimit(1000), 2,
                    DEFAULT_WIDTH, Activation.RELU, 20, 32, Optimizer.adam(1e-3), 1e-3, 0.5, 0.2, 5, 3, 1);
        }

        /** The fallback, all of it, with the noise of {@link #data()}: a noisy set can be over-fitted. */
        @Override
        public DataOptions fallbackData() {
            return DataOptions.defaults().withNoise(data.noise());
        }

        @Override
        public Settings withSeeds(int n) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, activation, epochs,
                    batchSize, optimizer, l2, dropout, validationFraction, patience, n, firstSeed);
        }

        public Settings withDataset(String name) {
            return new Settings(name, fallback, data, hiddenLayers, width, activation, epochs,
                    batchSize, optimizer, l2, dropout, validationFraction, patience, seeds, firstSeed);
        }

        /** The same settings on {@code options} (e.g. a CSV file's label column). */
        public Settings withData(DataOptions options) {
            return new Settings(dataset, fallback, options, hiddenLayers, width, activation, epochs,
                    batchSize, optimizer, l2, dropout, validationFraction, patience, seeds, firstSeed);
        }

        public Settings withEpochs(int n) {
            return new Settings(dataset, fallback, data, hiddenLayers, width, activation, n,
                    batchSize, optimizer, l2, dropout, validationFraction, patience, seeds, firstSeed);
        }
    }

    /** The four ways of training compared; {@link #EARLY_STOPPING} reads the {@link #NONE} runs. */
    public enum Remedy {
        NONE("none"), L2("l2"), DROPOUT("dropout"), EARLY_STOPPING("early stopping");

        private final String id;

        Remedy(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The remedies that train cells of their own. */
        static List<Remedy> trained() {
            return List.of(NONE, L2, DROPOUT);
        }

        static Remedy of(String id) {
            for (Remedy r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("remedy: expected one of none, l2, dropout, early stopping, received "
                    + id);
        }
    }

    /**
     * One run summarised at the epoch whose network is kept (the last one; early stopping: its best).
     *
     * @param remedy             the remedy
     * @param seed               the run's seed
     * @param epoch              the kept network's epoch
     * @param epochsTrained      epochs actually trained (early stopping: where it stopped)
     * @param trainAccuracy      accuracy on the fitting rows, test mode
     * @param validationAccuracy accuracy on the validation rows
     * @param testAccuracy       accuracy on the test set
     * @param gap                trainAccuracy − testAccuracy
     * @param bestTestAccuracy   the highest test accuracy over the epochs trained (looked at afterwards, not chosen by)
     * @param bestTestEpoch      its epoch
     */
    public record Run(String remedy, long seed, int epoch, int epochsTrained, double trainAccuracy,
                      double validationAccuracy, double testAccuracy, double gap, double bestTestAccuracy,
                      int bestTestEpoch) {
    }

    /** One run at one evaluated epoch (the CSV rows and the curves); early stopping shares none's curves. */
    public record CurvePoint(String remedy, long seed, int epoch, double trainLoss, double trainAccuracy,
                             double validationLoss, double validationAccuracy, double testLoss, double testAccuracy) {
    }

    public OverfittingExperiment(Settings settings) {
        super("overfitting", "a wide net on a small training set: no regularisation vs L2, dropout and early stopping",
                List.of(Claim.C18), settings);
    }

    public OverfittingExperiment() {
        this(Settings.defaults());
    }

    /** One cell per trained remedy and seed, each holding out the same validation share. */
    @Override
    protected List<Cell> cells() {
        DataChoice data = choice.get();
        TrainingSettings training = new TrainingSettings(settings.epochs(), settings.batchSize(), 1,
                settings.validationFraction());
        List<Cell> cells = new ArrayList<>();
        for (Remedy remedy : Remedy.trained()) {
            for (int i = 0; i < settings.seeds(); i++) {
                cells.add(new Cell(remedy.id(), data.name(), data.options(), spec(remedy, data,
                        settings.firstSeed() + i), training));
            }
        }
        return cells;
    }

    private NetworkSpec spec(Remedy remedy, DataChoice data, long seed) {
        NetworkSpec.Builder b = NetworkSpec.input(data.data().numFeatures())
                .hidden(settings.hiddenLayers(), settings.width(), settings.activation());
        if (remedy == Remedy.DROPOUT) {
            b.dropout(settings.dropout());
        }
        return b.output(data.data().defaultHead()).optimizer(settings.optimizer())
                .l2(remedy == Remedy.L2 ? settings.l2() : 0).seed(seed).build();
    }

    @Override
    protected OverfittingResult summarise(List<CellResult> cells) {
        EarlyStopping stopping = new EarlyStopping(settings.patience());
        List<Run> runs = new ArrayList<>();
        List<CurvePoint> curves = new ArrayList<>();
        int failed = 0;
        Map<Remedy, Integer> lost = new LinkedHashMap<>();
        for (CellResult r : cells) {
            Remedy remedy = Remedy.of(r.cell().label());
            if (!r.usable() || r.history().heldOut().isEmpty()) {
                lost.merge(remedy, 1, Integer::sum);
                if (remedy == Remedy.NONE) {
                    lost.merge(Remedy.EARLY_STOPPING, 1, Integer::sum);
                }
                failed += r.failed() ? 1 : 0;
                continue; // failed: counted in the provenance; diverged: left out, the verdict says so
            }
            TrainingHistory h = r.history();
            curves.addAll(curve(remedy, r.cell().seed(), h));
            runs.add(run(remedy, r.cell().seed(), h, h.last().epoch(), h.last().epoch()));
            if (remedy == Remedy.NONE) {
                EarlyStopping.Choice stop = stopping.choose(h.heldOut());
                runs.add(run(Remedy.EARLY_STOPPING, r.cell().seed(), h, stop.bestEpoch(), stop.stopEpoch()));
            }
        }
        OverfittingVerdicts.Judged judged = new OverfittingVerdicts(describeSetting()).judge(runs, lost);
        return new OverfittingResult(List.of(judged.claim()), judged.remedies(), runs, curves, details(failed));
    }

    /** The run's numbers at {@code epoch}, the best test accuracy over epochs up to {@code trained}. */
    static Run run(Remedy remedy, long seed, TrainingHistory h, int epoch, int trained) {
        EpochMetrics m = h.at(epoch).orElseThrow();
        HeldOutMetrics held = h.heldOut().stream().filter(x -> x.epoch() == epoch).findFirst().orElseThrow();
        EpochMetrics best = h.epochs().stream().filter(x -> x.epoch() <= trained)
                .reduce((a, b) -> b.testAccuracy() > a.testAccuracy() ? b : a).orElseThrow();
        return new Run(remedy.id(), seed, epoch, trained, held.trainAccuracy(), held.validationAccuracy(),
                m.testAccuracy(), held.trainAccuracy() - m.testAccuracy(), best.testAccuracy(), best.epoch());
    }

    private static List<CurvePoint> curve(Remedy remedy, long seed, TrainingHistory h) {
        List<CurvePoint> points = new ArrayList<>();
        for (HeldOutMetrics held : h.heldOut()) {
            EpochMetrics m = h.at(held.epoch()).orElseThrow();
            points.add(new CurvePoint(remedy.id(), seed, held.epoch(), held.trainLoss(), held.trainAccuracy(),
                    held.validationLoss(), held.validationAccuracy(), m.testLoss(), m.testAccuracy()));
        }
        return points;
    }

    private String describeSetting() {
        return String.format(Locale.ROOT, "%s, %d fitting + %d validation examples, %d×%d %s, %d epochs of %s",
                choice.get().data().name(), fitting(), validation(), settings.hiddenLayers(), settings.width(),
                settings.activation(), settings.epochs(), settings.optimizer());
    }

    private int validation() {
        return choice.get().data().train().numExamples() - fitting();
    }

    /** How many training rows the network fits: what {@code Holdout} keeps (computed the same way). */
    private int fitting() {
        return Holdout.of(choice.get().data(), settings.validationFraction(), settings.firstSeed()).fitting().train()
                .numExamples();
    }

    private Map<String, Object> details(int failed) {
        Map<String, Object> d = new LinkedHashMap<>(choice.get().describe());
        d.put("validation", String.format(Locale.ROOT, "%.0f%% of the training examples held out (stratified, "
                + "per seed); the network fits the rest; the test set is never used to choose",
                settings.validationFraction() * 100));
        d.put("network", String.format(Locale.ROOT, "input-%d×%d %s-output, %s, weight init auto",
                settings.hiddenLayers(), settings.width(), settings.activation(), settings.optimizer()));
        d.put("remedies", String.format(Locale.ROOT, "l2 %s (DL4J: l2/2·‖W‖² added to the loss); dropout %s "
                        + "(drop probability) on every hidden layer's outputs; early stopping: the unregularised "
                        + "run, best validation loss, patience %d",
                settings.l2(), settings.dropout(), settings.patience()));
        d.put("train_accuracy", "on the fitting rows in test mode (no dropout)");
        if (failed > 0) {
            d.put("failed_cells", failed);
        }
        return d;
    }

    /** Runs with default settings ({@code N} as argument: N seeds) and prints the table. */
    public static void main(String[] args) {
        Settings s = Settings.defaults();
        if (args.length > 0) {
            s = s.withSeeds(Integer.parseInt(args[0]));
        }
        ExperimentResult<OverfittingResult> result = new OverfittingExperiment(s).run();
        System.out.print(result.asText());
    }
}
