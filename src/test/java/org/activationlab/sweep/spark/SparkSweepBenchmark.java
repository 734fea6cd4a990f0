package org.activationlab.sweep.spark;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.data.DataOptions;
import org.activationlab.sweep.Progress;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.LocalExecutor;
import org.activationlab.sweep.Sweep;
import org.activationlab.sweep.SweepExecutor;
import org.activationlab.train.TrainingSettings;

/**
 * Wall time of one sweep (4 activations × 4 seeds on Playground's circle) on local threads and on
 * Spark local[2]; figures in bench/SPARK.md. Not a test: run it with the test classpath, e.g.
 * {@code java <Spark's Java 17 flags> -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.activationlab.sweep.spark.SparkSweepBenchmark [epochs]}, with OMP_NUM_THREADS=1.
 */
public final class SparkSweepBenchmark {
    private SparkSweepBenchmark() {
    }

    static List<Cell> cells(int epochs) {
        List<Cell> cells = new ArrayList<>();
        for (Activation a : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU)) {
            for (long seed = 1; seed <= 4; seed++) {
                NetworkSpec spec = NetworkSpec.input(2).hidden(8, a).output(OutputHead.binary())
                        .optimizer(Optimizer.adam(0.03)).seed(seed).build();
                DataOptions data = DataOptions.defaults().withNoise(0.1).withSeed(seed);
                cells.add(new Cell(a + " MLP", "circle", data, spec, new TrainingSettings(epochs, 10, epochs)));
            }
        }
        return cells;
    }

    static double seconds(SweepExecutor executor, List<Cell> cells) {
        long t0 = System.nanoTime();
        Sweep.Outcome outcome = Sweep.run(cells, Sweep.Options.local().withExecutor(executor), Progress.SILENT, "bench");
        double s = (System.nanoTime() - t0) / 1e9;
        if (outcome.results().size() != cells.size() || !outcome.results().stream().allMatch(r -> r.error() == null)) {
            throw new IllegalStateException("sweep incomplete on " + executor.describe());
        }
        return s;
    }

    public static void main(String[] args) {
        List<Integer> epochCounts = args.length == 0 ? List.of(1, 10, 40) : List.of(Integer.parseInt(args[0]));
        seconds(new LocalExecutor(1), cells(1).subList(0, 2)); // warm-up: JIT, ND4J native start
        SparkExecutor spark = new SparkExecutor("local[2]");
        long t0 = System.nanoTime();
        seconds(spark, cells(1).subList(0, 1)); // starts the SparkContext
        System.out.printf("spark local[2] context start + first cell: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (int epochs : epochCounts) {
            List<Cell> cells = cells(epochs);
            System.out.printf("16 cells x %d epochs: local 1 thread %.1f s, local 2 threads %.1f s, spark local[2] %.1f s%n",
                    epochs, seconds(new LocalExecutor(1), cells), seconds(new LocalExecutor(2), cells),
                    seconds(spark, cells));
        }
    }
}
