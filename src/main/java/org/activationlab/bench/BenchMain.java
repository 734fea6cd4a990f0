package org.activationlab.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activationlab.data.DataDirectory;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Dataset;
import org.activationlab.data.Datasets;
import org.activationlab.data.XorPoints;
import org.activationlab.network.Activation;
import org.activationlab.network.LayerImplementation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.io.Json;
import org.activationlab.layers.Gemm;
import org.activationlab.train.ParallelRuns;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One benchmark measurement in this JVM, printed as one JSON line; {@code bench/run.sh} starts one
 * process per measurement and interleaves them with {@code bench/peer_torch.py}.
 *
 * <p>Every workload trains through {@link Trainer}, the path the experiments use, and times only
 * epochs after the first (warm-up: JIT, workspaces, native caches). {@code EpochMetrics.seconds}
 * excludes evaluation, so the figures are pure training time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times one workload through Trainer and prints one JSON line.")
public final class BenchMain implements Callable<Integer> {

    /** Workloads, named as in BENCHMARKS.md and peer_torch.py. */
    enum Work { MLP, XOR, PLAYGROUND, RSS, SWEEP, ADAM, GEMM }

    /**
     * One measurement in {@code unit}, larger is better unless {@code lowerIsBetter}: {@code value} from
     * wall time, {@code cpuValue} from the process's CPU time (steadier when other processes share the cores);
     * {@code parts}, the same figure for each part of the work where it has parts (gemm: each product), else empty.
     */
    record Result(String work, String side, double value, double cpuValue, String unit, boolean lowerIsBetter, double peakRssMb,
                  double testAccuracy, String threads, String blas, Map<String, Double> parts) {
        Result withParts(Map<String, Double> figures) {
            return new Result(work, side, value, cpuValue, unit, lowerIsBetter, peakRssMb, testAccuracy, threads, blas,
                    figures);
        }
    }

    @Option(names = "--work", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
    Work work;

    @Option(names = "--impl", description = "Layer classes: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    LayerImplementation impl = NetworkSpec.DEFAULT_LAYERS;

    @Option(names = "--batch", description = "Minibatch size for mlp (default ${DEFAULT-VALUE}).")
    int batch = 128;

    @Option(names = "--activation", description = "Hidden activation for mlp: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Activation activation = Activation.RELU;

    @Option(names = "--examples", description = "Training examples per epoch for mlp (default ${DEFAULT-VALUE}).")
    int examples = 12_800;

    @Option(names = "--xor-steps", description = "XOR steps, the first third as warm-up (default ${DEFAULT-VALUE}).")
    int xorSteps = 1_500;

    @Option(names = "--playground-epochs", description = "Epochs of 25 steps, the first quarter as warm-up (default ${DEFAULT-VALUE}).")
    int playgroundEpochs = 40;

    @Option(names = "--parallel", description = "Trainings at a time for sweep (default ${DEFAULT-VALUE}).")
    int parallel = 1;

    @Option(names = "--seeds", description = "Seeds per activation for sweep (default ${DEFAULT-VALUE}).")
    int seeds = 2;

    @Option(names = "--adam-steps", description = "Adam updates for adam, the first quarter as warm-up (default ${DEFAULT-VALUE}).")
    int adamSteps = 2_000;

    @Option(names = "--data", description = "Fashion-MNIST IDX directory (default ${DEFAULT-VALUE}).")
    Path data = DataDirectory.DEFAULT;

    @Override
    public Integer call() throws IOException {
        Result result = switch (work) {
            case MLP -> mlp();
            case XOR -> xor();
            case PLAYGROUND -> playground();
            case RSS -> rss();
            case SWEEP -> sweep();
            case ADAM -> adam();
            case GEMM -> gemm();
        };
        System.out.println(Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        return 0;
    }

    /**
     * The MLP: 784-256-256-10 ReLU (or {@code --activation}), softmax head, Adam 1e-3; examples
     * per second of epochs 2–3. The workload is named {@code mlp-b<batch>}, with {@code -<activation>}
     * appended for any activation but ReLU.
     */
    private Result mlp() {
        // a small test set keeps evaluation (inside the CPU-time window) under 1 % of the work
        Dataset fashion = fashionMnist(examples, 256);
        NetworkSpec spec = mlpSpec().withHiddenActivation(activation).withLayers(impl);
        TimedRun t = TimedRun.of(spec, fashion, new TrainingSettings(3, batch));
        String name = "mlp-b" + batch + (activation == Activation.RELU ? "" : "-" + activation.id());
        return result(name, 2.0 * examples / t.wallSeconds(1, 3), 2.0 * examples / t.cpuSeconds(1, 3),
                "ex/s", false, t.run().last().testAccuracy());
    }

    /** XOR 2-4-1 (tanh, sigmoid head), full-batch SGD: milliseconds per step after a third as warm-up. */
    private Result xor() {
        NetworkSpec spec = NetworkSpec.input(2).hidden(4, Activation.TANH).output(OutputHead.binary())
                .optimizer(Optimizer.sgd(0.1)).seed(1).build();
        int warm = xorSteps / 3;
        int timed = xorSteps - warm;
        TimedRun t = TimedRun.of(spec.withLayers(impl), XorPoints.dataset(), new TrainingSettings(xorSteps, 4, warm));
        return result("xor-step", 1000 * t.wallSeconds(warm, xorSteps) / timed, 1000 * t.cpuSeconds(warm, xorSteps) / timed,
                "ms/step", true, t.run().last().testAccuracy());
    }

    /** 2-8-8-1 tanh on a 500-point circle set (250 to train) at batch 10, SGD 0.03: steps/s after a quarter as warm-up. */
    private Result playground() {
        NetworkSpec spec = playgroundSpec();
        int warm = playgroundEpochs / 4;
        double steps = (playgroundEpochs - warm) * 25.0;
        TimedRun t = TimedRun.of(spec.withLayers(impl), CirclePoints.dataset(500, 1),
                new TrainingSettings(playgroundEpochs, 10, warm));
        return result("playground-step", steps / t.wallSeconds(warm, playgroundEpochs),
                steps / t.cpuSeconds(warm, playgroundEpochs), "steps/s", false, t.run().last().testAccuracy());
    }

    /** One whole Fashion-MNIST run (60,000 examples, 1 epoch, batch 128, tested on 10,000): peak RSS. */
    private Result rss() {
        Dataset fashion = fashionMnist(0, 0);
        TrainingRun run = Trainer.train(mlpSpec().withLayers(impl), fashion, new TrainingSettings(1, 128));
        double rss = peakRssMb();
        return result("rss-fashion", rss, rss, "MB", true, run.last().testAccuracy());
    }

    /**
     * A sweep as the comparison experiments run one: the playground net for 4 activations × {@code --seeds}
     * seeds, 8 epochs each, {@code --parallel} trainings at a time; trainings per hour, start-up excluded.
     * With more seeds than the default 2, the JVM's warm-up is a smaller share of the sweep (workload
     * {@code sweep-p<parallel>-s<seeds>}).
     */
    private Result sweep() {
        Dataset circle = CirclePoints.dataset(500, 1);
        List<Callable<TrainingRun>> tasks = new ArrayList<>();
        for (Activation activation : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU)) {
            for (long seed = 1; seed <= seeds; seed++) {
                NetworkSpec spec = playgroundSpec().withHiddenActivation(activation).withSeed(seed).withLayers(impl);
                tasks.add(() -> Trainer.train(spec, circle, new TrainingSettings(8, 10, 8)));
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        CpuBreakdown breakdown = new CpuBreakdown();
        List<TrainingRun> runs = ParallelRuns.map(tasks.stream().map(breakdown::counted).toList(), parallel);
        System.err.println("sweep CPU, ms: " + breakdown.summary());
        double hours = (System.nanoTime() - wall) / 3.6e12;
        double cpuHours = (os.getProcessCpuTime() - cpu) / 3.6e12;
        String name = "sweep-p" + parallel + (seeds == 2 ? "" : "-s" + seeds);
        return result(name, runs.size() / hours, runs.size() / cpuHours, "runs/h", false,
                runs.stream().mapToDouble(r -> r.last().testAccuracy()).average().orElse(Double.NaN));
    }

    /**
     * Adam's update alone on the MLP's 269,322 parameters, as {@code --impl} builds it (stock: DL4J's
     * {@code adam_updater} op; fast: {@code FastAdam}, its state kept in Java as in training): milliseconds per
     * update after a quarter as warm-up.
     */
    private Result adam() {
        long n = mlpSpec().parameterCount();
        GradientUpdater updater = Optimizer.adam(1e-3).toDl4j(impl)
                .instantiate(Nd4j.zeros(DataType.FLOAT, 1, 2 * n), true);
        if (updater instanceof org.activationlab.updater.ResidentState resident) {
            resident.keepStateResident(); // m and v stay in Java, as inside a network's FastMultiLayerUpdater
        }
        Nd4j.getRandom().setSeed(1);
        INDArray gradient = Nd4j.randn(DataType.FLOAT, n).muli(0.01); // each update overwrites it, as in training
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int warm = adamSteps / 4;
        long wall = 0;
        long cpu = 0;
        for (int step = 0; step < adamSteps; step++) {
            if (step == warm) {
                wall = System.nanoTime();
                cpu = os.getProcessCpuTime();
            }
            updater.applyUpdater(gradient, step, 0);
        }
        int timed = adamSteps - warm;
        return result("adam-update", (System.nanoTime() - wall) / 1e6 / timed, (os.getProcessCpuTime() - cpu) / 1e6 / timed,
                "ms/step", true, Double.NaN);
    }

    /**
     * The matrix-product bound of the MLP step: its 8 products at {@code --batch} (forward x·W for 3 layers;
     * backward xᵀ·dz for 3 weight gradients and dz·Wᵀ for the 2 layers above the first), in float into
     * preallocated results, through the path the layers of {@code --impl} use ({@code fast}: {@link Gemm};
     * {@code stock}: {@code Nd4j.gemm}); GFLOP/s over them all. {@code mlpExamplesPerSecond} of that
     * speed is {@code GFLOP/s × 1e9 / 1,211,392} (the step's floating-point operations per example).
     */
    private Result gemm() {
        int[] widths = {784, 256, 256, 10};
        List<INDArray[]> products = new ArrayList<>(); // {a, b, result, transposeA, transposeB as 0/1}
        List<String> names = new ArrayList<>(); // each product as peer_torch.py's gemm names it
        Nd4j.getRandom().setSeed(1);
        for (int layer = 0; layer < 3; layer++) {
            int in = widths[layer];
            int out = widths[layer + 1];
            INDArray x = Nd4j.rand(DataType.FLOAT, batch, in);
            INDArray w = Nd4j.rand(DataType.FLOAT, in, out);
            INDArray dz = Nd4j.rand(DataType.FLOAT, batch, out);
            products.add(new INDArray[]{x, w, Nd4j.create(DataType.FLOAT, batch, out), null, null});
            names.add("x·W " + in + "×" + out);
            products.add(new INDArray[]{x, dz, Nd4j.create(DataType.FLOAT, in, out), x, null});
            names.add("xᵀ·dz " + in + "×" + out);
            if (layer > 0) {
                products.add(new INDArray[]{dz, w, Nd4j.create(DataType.FLOAT, batch, in), null, w});
                names.add("dz·Wᵀ " + in + "×" + out);
            }
        }
        double[] flopsEach = new double[products.size()];
        double flopsPerStep = 0;
        for (int i = 0; i < products.size(); i++) {
            INDArray[] p = products.get(i);
            long k = p[3] != null ? p[0].rows() : p[0].columns();
            flopsEach[i] = 2.0 * p[2].rows() * p[2].columns() * k;
            flopsPerStep += flopsEach[i];
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int steps = 400;
        long wall = 0;
        long cpu = 0;
        long[] nanosEach = new long[products.size()]; // timed steps only: which product a BLAS build is slow at
        for (int step = 0; step < steps + steps / 4; step++) {
            if (step == steps / 4) {
                wall = System.nanoTime();
                cpu = os.getProcessCpuTime();
                Arrays.fill(nanosEach, 0);
            }
            for (int i = 0; i < products.size(); i++) {
                INDArray[] p = products.get(i);
                long start = System.nanoTime();
                if (impl == LayerImplementation.FAST) {
                    Gemm.product(p[0], p[3] != null, p[1], p[4] != null, p[2]);
                } else {
                    Nd4j.gemm(p[0], p[1], p[2], p[3] != null, p[4] != null, 1.0, 0.0);
                }
                nanosEach[i] += System.nanoTime() - start;
            }
        }
        double flops = flopsPerStep * steps;
        Result all = result("gemm-b" + batch, flops / (System.nanoTime() - wall), flops / (os.getProcessCpuTime() - cpu),
                "GFLOP/s", false, Double.NaN);
        Map<String, Double> each = new LinkedHashMap<>();
        for (int i = 0; i < products.size(); i++) {
            each.put(names.get(i), flopsEach[i] * steps / nanosEach[i]);
        }
        return all.withParts(each);
    }

    /**
     * The first {@code trainLimit} training and {@code testLimit} test examples of Fashion-MNIST (0 = all),
     * read by the project's own loader: pixels / 255 and one-hot labels, as {@code bench/peer_torch.py}
     * reads them, written straight into native memory (no heap copy to inflate the peak RSS).
     */
    private Dataset fashionMnist(int trainLimit, int testLimit) {
        Dataset all = Datasets.load("fashion-mnist", DataOptions.defaults().withDataDir(data).withLimit(trainLimit));
        if (testLimit == 0 || testLimit >= all.test().numExamples()) {
            return all;
        }
        DataSet test = ((DataSet) all.test().getRange(0, testLimit)).copy();
        return new Dataset(all.name(), all.task(), all.train(), test, all.classNames(), all.parameters());
    }

    static NetworkSpec playgroundSpec() {
        return NetworkSpec.input(2).hidden(2, 8, Activation.TANH).output(OutputHead.binary())
                .optimizer(Optimizer.sgd(0.03)).seed(1).build();
    }

    static NetworkSpec mlpSpec() {
        return NetworkSpec.input(784).hidden(2, 256, Activation.RELU).output(OutputHead.multiClass(10))
                .optimizer(Optimizer.adam(1e-3)).seed(1).build();
    }

    private Result result(String name, double value, double cpuValue, String unit, boolean lowerIsBetter,
                          double accuracy) {
        return new Result(name, "dl4j", value, cpuValue, unit, lowerIsBetter, peakRssMb(), accuracy,
                String.valueOf(System.getenv("OMP_NUM_THREADS")), Gemm.library(), Map.of());
    }

    /** The process's peak resident set (VmHWM), in MB. */
    static double peakRssMb() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/self/status")));
            for (String line : lines) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
