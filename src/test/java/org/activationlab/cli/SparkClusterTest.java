package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activationlab.io.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep submitted with Spark's own SparkSubmit to a standalone cluster of separate processes (a
 * master, two one-core workers, their executors) gives the summary.json of a local run, also when a
 * worker and its executor are killed with SIGKILL halfway through.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterTest {
    /**
     * 10 cells of about a second each (40,000 steps of a 2-4-1 network): long enough for a kill to land
     * mid-sweep. Tiny networks now train at tens of thousands of steps a second, and the 1,600 steps of
     * 200 points for 20 epochs once let the whole sweep finish between two looks at the worker's log.
     */
    private static final List<String> COMPARE = List.of("compare", "--quiet", "--dataset", "circle", "--points", "20000",
            "--hidden", "4", "--activations", "tanh,relu", "--seeds", "5", "--epochs", "100");
    private static final int CELLS = 10;
    private static final long SUBMIT_SECONDS = 400;

    @TempDir
    static Path tmp;
    private static StandaloneCluster cluster;
    private static Path appJar;
    private static JsonNode local;

    @BeforeAll
    static void startClusterAndRunLocally() throws Exception {
        Path localOut = tmp.resolve("local");
        CliTest.Result r = CliTest.run(with(COMPARE, "--out", localOut.toString()));
        assertEquals(0, r.exitCode(), r.err());
        local = SweepEquivalenceTest.numbers(localOut, "compare");
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        appJar = StandaloneCluster.appJar(classes, tmp.resolve("activation-lab.jar"));
        cluster = StandaloneCluster.start(Files.createDirectories(tmp.resolve("cluster")), 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aSweepOnTwoWorkersWritesTheSummaryOfALocalRun() throws Exception {
        Path out = tmp.resolve("cluster-run");
        Process submit = cluster.submit(tmp.resolve("submit-1.log"), submitArgs(out));
        String log = awaitExit(submit, tmp.resolve("submit-1.log"));

        assertEquals(local, SweepEquivalenceTest.numbers(out, "compare"), log);
        JsonNode provenance = Json.MAPPER.readTree(out.resolve("compare/summary.json").toFile()).get("provenance");
        assertEquals("spark, master " + cluster.masterUrl(), provenance.get("executor").asText());
        assertEquals(CELLS, provenance.get("cells").get("trained").asInt(), provenance.toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(1, executorLogs(cluster.workDir(i)).size(), "worker " + i + " ran one executor for the app");
        }
    }

    @Test
    @Order(2)
    void killingAWorkerAndItsExecutorMidSweepStillCompletesWithTheSameSummary() throws Exception {
        Path out = tmp.resolve("cluster-kill");
        Path submitLog = tmp.resolve("submit-2.log");
        Process submit = cluster.submit(submitLog, submitArgs(out));
        Process victim = cluster.worker(1);
        List<Path> before = executorLogs(cluster.workDir(1));

        ProcessHandle executor = awaitTaskRunningAfterFirstCell(submit, victim, before, out);
        int storedAtKill = storedCells(out);
        executor.destroyForcibly(); // SIGKILL, as kill -9: no shutdown hooks, no goodbye to the driver
        victim.destroyForcibly();
        assertTrue(victim.waitFor(10, TimeUnit.SECONDS) && executor.onExit().get(10, TimeUnit.SECONDS) != null);
        String log = awaitExit(submit, submitLog);

        assertTrue(storedAtKill < CELLS, "killed after " + storedAtKill + " of " + CELLS + " cells");
        assertTrue(log.contains("Lost executor"), "the driver lost an executor: " + log);
        assertEquals(local, SweepEquivalenceTest.numbers(out, "compare"), log);
        JsonNode cells = Json.MAPPER.readTree(out.resolve("compare/summary.json").toFile()).get("provenance").get("cells");
        assertEquals(CELLS, cells.get("trained").asInt(), cells.toString());
    }

    private static List<String> submitArgs(Path out) {
        List<String> args = new ArrayList<>(List.of(
                "--conf", "spark.executor.memory=512m",
                "--conf", "spark.executor.cores=1",
                // both executors registered before the first task, so cells really run in two processes
                "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=300s",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1"
                        + " -Dorg.bytedeco.javacpp.maxBytes=0 -Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "--class", Main.class.getName(), appJar.toString()));
        args.addAll(List.of(with(COMPARE, "--executor", "spark", "--out", out.toString())));
        return args;
    }

    /**
     * Waits until the driver stored its first finished cell and the victim worker's executor is in the
     * middle of a task (its log shows more tasks started than finished), and returns that executor.
     */
    private static ProcessHandle awaitTaskRunningAfterFirstCell(Process submit, Process worker, List<Path> before,
                                                                Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SUBMIT_SECONDS);
        while (System.nanoTime() < deadline && submit.isAlive()) {
            Optional<ProcessHandle> executor = StandaloneCluster.executorOf(worker);
            List<Path> logs = executorLogs(cluster.workDir(1));
            logs.removeAll(before);
            if (executor.isPresent() && storedCells(out) > 0 && logs.size() == 1 && runningTask(logs.get(0))) {
                return executor.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected worker 1's executor running a task after the first stored cell, "
                + "received none; driver log: " + StandaloneCluster.read(tmp.resolve("submit-2.log")));
    }

    /** Spark's executor logs "Running task …" and "Finished task …" for each task it runs. */
    private static boolean runningTask(Path executorLog) {
        List<String> lines = StandaloneCluster.read(executorLog).lines().toList();
        long running = lines.stream().filter(l -> l.contains("Running task")).count();
        long finished = lines.stream().filter(l -> l.contains("Finished task")).count();
        return running > finished;
    }

    private static int storedCells(Path out) throws IOException {
        Path cells = out.resolve("compare/cells");
        if (!Files.isDirectory(cells)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cells)) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    /** The stderr of every executor a worker launched: {@code <work dir>/<app id>/<executor id>/stderr}. */
    private static List<Path> executorLogs(Path workDir) throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().equals("stderr")).toList());
        }
    }

    /** Waits for spark-submit to exit 0 and returns its output; kills it (and its children) on timeout. */
    private static String awaitExit(Process submit, Path log) throws InterruptedException {
        boolean exited = submit.waitFor(SUBMIT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            submit.descendants().forEach(ProcessHandle::destroyForcibly);
            submit.destroyForcibly();
        }
        String output = StandaloneCluster.read(log);
        assertTrue(exited, "spark-submit still running after " + SUBMIT_SECONDS + " s: " + output);
        assertEquals(0, submit.exitValue(), output);
        return output;
    }

    private static String[] with(List<String> args, String... more) {
        return Stream.concat(args.stream(), Stream.of(more)).toArray(String[]::new);
    }
}
