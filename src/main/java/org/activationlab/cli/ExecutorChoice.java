package org.activationlab.cli;

import org.activationlab.sweep.LocalExecutor;
import org.activationlab.sweep.SweepExecutor;
import org.activationlab.sweep.spark.SparkExecutor;

/** Builds the sweep executor the options ask for: local threads, or Spark when it is on the classpath. */
final class ExecutorChoice {
    /** The values of {@code --executor}. */
    enum Kind { LOCAL, SPARK }

    static final String SPARK_SUBMIT = "spark-submit --class org.activationlab.cli.Main "
            + "--jars \"$(ls target/lib/*.jar | paste -sd, -)\" target/activation-lab.jar <command> --executor spark";

    private ExecutorChoice() {
    }

    static SweepExecutor of(CommonOptions common) {
        if (common.executor == Kind.SPARK) {
            if (common.threads != null) {
                throw new UserError("--threads applies to --executor local; on Spark the cores come from --master "
                        + "(local[N]) or the cluster's executors");
            }
            requireSpark();
            // Only referenced once Spark is known to be there, so plain `java -jar` never loads it.
            return new SparkExecutor(common.master);
        }
        if (common.master != null) {
            throw new UserError("--master " + common.master + " needs --executor spark");
        }
        return common.threads != null ? new LocalExecutor(common.threads) : LocalExecutor.forThisMachine();
    }

    private static void requireSpark() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, ExecutorChoice.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UserError("--executor spark: Apache Spark is not on the classpath (java -jar leaves it out); "
                    + "run through spark-submit: " + SPARK_SUBMIT);
        }
    }
}
