package org.activationlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationlab.data.XorPoints;
import org.activationlab.layers.FencedOpExecutioner;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.OutputHead;
import org.junit.jupiter.api.Test;

class ParallelRunsTest {

    /** Four XOR trainings (2 activations × 2 seeds): identical numbers on 2 threads and on 1. */
    /**
     * In a JVM whose ND4J runs on the stock executioner, trainings side by side get one warning naming the fix;
     * in one that was not told, ParallelRuns chooses the fenced executioner before ND4J loads.
     */
    @Test
    void sideBySideOnTheStockExecutionerWarnsOnceElseChoosesTheFencedOne() throws Exception {
        String stock = probe("-D" + FencedOpExecutioner.PROPERTY + "=org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner");
        assertEquals(1, stock.split(java.util.regex.Pattern.quote(ParallelRuns.STOCK_EXECUTIONER_WARNING), -1).length - 1, stock);
        assertTrue(stock.contains("sums [4.0, 4.0]\nsums [4.0, 4.0]"), stock);
        String untold = probe("-Dunused=1");
        assertFalse(untold.contains(ParallelRuns.STOCK_EXECUTIONER_WARNING), untold);
        assertTrue(untold.contains("executioner " + FencedOpExecutioner.CLASS_NAME), untold);
    }

    private static String probe(String property) throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-XX:TieredStopAtLevel=1",
                property, "-cp", System.getProperty("java.class.path"), StockExecutionerProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void parallelTrainingsEqualSequentialOnes() {
        List<Callable<TrainingRun>> tasks = new ArrayList<>();
        for (Activation activation : List.of(Activation.TANH, Activation.RELU)) {
            for (long seed : List.of(1L, 2L)) {
                NetworkSpec spec = NetworkSpec.input(2).hidden(6, activation).output(OutputHead.binary())
                        .optimizer(Optimizer.adam(0.05)).seed(seed).build();
                tasks.add(() -> Trainer.train(spec, XorPoints.dataset(), new TrainingSettings(30, 4, 10)));
            }
        }

        List<TrainingRun> sequential = ParallelRuns.map(tasks, 1);
        List<TrainingRun> parallel = ParallelRuns.map(tasks, 2);

        assertEquals(4, parallel.size());
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(sequential.get(i).spec(), parallel.get(i).spec(), "results come back in task order");
            assertEquals(withoutTimes(sequential.get(i)), withoutTimes(parallel.get(i)), "run " + i);
            assertEquals(sequential.get(i).network().params(), parallel.get(i).network().params(), "run " + i);
        }
        assertNotEquals(withoutTimes(sequential.get(0)), withoutTimes(sequential.get(1)), "the runs differ from each other");
    }

    @Test
    void firstFailureIsRethrown() {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalArgumentException("bad spec");
        }, () -> 3);
        var e = assertThrows(IllegalArgumentException.class, () -> ParallelRuns.map(tasks, 2));
        assertEquals("bad spec", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParallelRuns.map(tasks, 0));
    }

    @Test
    void defaultThreadsShareTheCoresAmongOpenMpThreads() {
        assertEquals(1, ParallelRuns.openMpThreads("1", 8));
        assertEquals(4, ParallelRuns.openMpThreads("4,2", 8), "nested settings: the outer level counts");
        assertEquals(8, ParallelRuns.openMpThreads(null, 8), "unset: libgomp uses every core");
        assertEquals(8, ParallelRuns.openMpThreads("many", 8));
    }

    private static List<EpochMetrics> withoutTimes(TrainingRun run) {
        return run.history().epochs().stream().map(EpochMetrics::withoutTiming).toList();
    }
}
