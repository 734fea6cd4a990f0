package org.activationlab.sweep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.sweep.StopSignal;
import org.activationlab.sweep.SweepExecutor;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import scala.Function1;
import scala.collection.Iterator;
import scala.collection.JavaConverters;
import scala.runtime.BoxedUnit;

/**
 * Trains cells on Apache Spark: one task per cell, shipped out and back as JSON text.
 *
 * <p>Each task regenerates its data on the executor from the cell's parameters (IDX files are read from
 * a path every node sees), trains with the same {@code CellTrainer} as the local executor, and so gives
 * the same numbers bit for bit. Results reach the driver as each task finishes, where
 * {@code onFinished} stores them and moves the progress bar.
 *
 * <p>Failures: a cell that throws is retried once inside its task, then reported with its error; a task
 * that dies is retried by Spark ({@value #TASK_ATTEMPTS} attempts). If Spark gives up on the job, the
 * cells it did not finish come back as failed, so {@code --resume} trains them again. A stop request
 * cancels the job: finished cells are kept, cells in flight are trained again on resume.
 */
public final class SparkExecutor implements SweepExecutor {
    /** Attempts per task before Spark fails the job. */
    static final int TASK_ATTEMPTS = 2;
    private static final Pattern LOCAL_MASTER = Pattern.compile("local(?:\\[(\\d+|\\*)])?");

    /** Spark allows one context per JVM; every executor (e.g. one per experiment of {@code all}) shares it. */
    private static SparkContext context;

    private final String requestedMaster;
    private final TaskBody body;

    /** What a task does with its shipped cells; replaceable in tests to make tasks die. */
    interface TaskBody extends Serializable {
        List<String> train(List<String> shippedCells, String sweepId);
    }

    /** @param master a Spark master URL (local[2], spark://host:7077, yarn…), or null for spark-submit's */
    public SparkExecutor(String master) {
        this(master, CellTask::train);
    }

    SparkExecutor(String master, TaskBody body) {
        this.requestedMaster = master;
        this.body = body;
    }

    @Override
    public List<CellResult> run(List<Cell> cells, Consumer<CellResult> onFinished, StopSignal stop) {
        List<CellResult> results = new ArrayList<>();
        if (cells.isEmpty() || stop.requested()) {
            return results;
        }
        SparkContext sc = context(requestedMaster);
        List<String> shipped = IntStream.range(0, cells.size())
                .mapToObj(i -> CellTask.write(ShippedCell.out(i, cells.get(i)))).toList();
        // One partition per cell: Spark hands each free core the next cell, so long and short cells balance.
        RDD<String> rdd = new JavaSparkContext(sc).parallelize(shipped, shipped.size()).rdd();
        String sweepId = UUID.randomUUID().toString();
        Function1<Iterator<String>, String[]> train = trainFunction(body, sweepId);
        BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
        sc.setJobDescription("activation-lab sweep: " + cells.size() + " cells");
        SimpleFutureAction<BoxedUnit> job = sc.submitJob(rdd, train, partitions(cells.size()),
                (partition, json) -> {
                    arrived.addAll(List.of(json)); // on Spark's scheduler thread: hand over, store on ours
                    return BoxedUnit.UNIT;
                }, () -> BoxedUnit.UNIT);
        boolean[] done = new boolean[cells.size()];
        try {
            while (results.size() < cells.size()) {
                String json = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (json != null) {
                    ShippedCell back = CellTask.read(json);
                    CellResult result = asDriverResult(back.result(), cells.get(back.index()));
                    done[back.index()] = true;
                    results.add(result);
                    onFinished.accept(result);
                } else if (stop.requested()) {
                    break;
                } else if (job.isCompleted() && arrived.isEmpty()) {
                    reportUnfinished(cells, done, failureOf(job), results, onFinished);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.request();
        } finally {
            if (!job.isCompleted()) {
                job.cancel(); // stopped, or onFinished threw: start no more cells
            }
        }
        return results;
    }

    /** The executor's result under the driver's own cell and id, whatever the JSON round trip did to the cell. */
    private static CellResult asDriverResult(CellResult r, Cell cell) {
        return r.of(cell);
    }

    /** The function each task runs; it captures only the body and the sweep id, so it serialises small. */
    private static Function1<Iterator<String>, String[]> trainFunction(TaskBody body, String sweepId) {
        return (Function1<Iterator<String>, String[]> & Serializable) partition -> {
            List<String> jsons = new ArrayList<>();
            partition.foreach(jsons::add);
            return body.train(jsons, sweepId).toArray(String[]::new);
        };
    }

    private static scala.collection.Seq<Object> partitions(int n) {
        List<Object> indices = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        return JavaConverters.asScalaBuffer(indices).toSeq();
    }

    private static String failureOf(SimpleFutureAction<BoxedUnit> job) {
        scala.util.Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isSuccess()) {
            return "Spark finished the job without returning this cell";
        }
        Throwable e = outcome.failed().get();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // e.g. "Job aborted due to stage failure: Task 1 in stage 2.0 failed 2 times, most recent failure: …"
        return "Spark gave up on the sweep's job: " + message.lines().findFirst().orElse(message);
    }

    /** Cells the failed job did not finish: failed results, so the summary shows why and resume retries them. */
    private static void reportUnfinished(List<Cell> cells, boolean[] done, String reason, List<CellResult> results,
                                         Consumer<CellResult> onFinished) {
        for (int i = 0; i < cells.size(); i++) {
            if (!done[i]) {
                Cell cell = cells.get(i);
                CellResult failed = CellResult.failure(cell, reason);
                results.add(failed);
                onFinished.accept(failed);
            }
        }
    }

    private static synchronized SparkContext context(String requestedMaster) {
        if (context == null || context.isStopped()) {
            SparkConf conf = new SparkConf().setAppName("activation-lab");
            if (requestedMaster != null) {
                conf.setMaster(requestedMaster);
            }
            conf.setIfMissing("spark.master", "local[*]");
            conf.setMaster(withTaskRetries(conf.get("spark.master")));
            conf.setIfMissing("spark.task.maxFailures", Integer.toString(TASK_ATTEMPTS));
            // One OpenMP thread per training on cluster executors, as the CLI does locally.
            conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
            conf.setIfMissing("spark.executorEnv.OMP_WAIT_POLICY", "PASSIVE");
            // Results, not Spark's INFO log, belong on the console; --conf spark.log.level=INFO brings it back.
            conf.setIfMissing("spark.log.level", "WARN");
            conf.setIfMissing("spark.ui.showConsoleProgress", "false");
            context = SparkContext.getOrCreate(conf);
        }
        return context;
    }

    /**
     * Local masters ignore spark.task.maxFailures and never retry a task; {@code local[N,F]} is how
     * local mode takes the attempt count, so local[2] becomes local[2,2].
     */
    static String withTaskRetries(String master) {
        Matcher m = LOCAL_MASTER.matcher(master.trim());
        if (!m.matches()) {
            return master;
        }
        String threads = m.group(1) == null ? "1" : m.group(1);
        return "local[" + threads + "," + TASK_ATTEMPTS + "]";
    }

    @Override
    public String describe() {
        String master = context != null ? context.master()
                : requestedMaster != null ? withTaskRetries(requestedMaster) : "spark-submit's master";
        return "spark, master " + master;
    }
}
