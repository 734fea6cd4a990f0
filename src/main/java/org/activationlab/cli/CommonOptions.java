package org.activationlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every experiment command shares ({@link SeedOptions} has --seeds, whose default is each command's own). */
public final class CommonOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Write summary.json and the runs CSV to DIR/<experiment>/ (default: print only).")
    Path out;

    @Option(names = "--quiet", description = "No progress output: only the result table and errors.")
    boolean quiet;

    @Option(names = "--resume",
            description = "Reuse the trainings already finished in --out (same settings give the same result).")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N",
            description = "Trainings run in parallel (default: one per core when OMP_NUM_THREADS=1).")
    Integer threads;

    @Option(names = "--executor", paramLabel = "local|spark", defaultValue = "local",
            description = "Where trainings run: local threads (default) or Apache Spark (run through spark-submit).")
    ExecutorChoice.Kind executor;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --executor spark, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--debug", description = "Show full stack traces on errors.")
    boolean debug;
}
