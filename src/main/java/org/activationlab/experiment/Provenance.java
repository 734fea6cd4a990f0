package org.activationlab.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.activationlab.layers.Gemm;
import org.activationlab.sweep.CellCounts;

/**
 * Where and how a result was computed: enough to reproduce every number, and what really happened.
 *
 * @param settings    the experiment's settings record
 * @param environment versions, Java, OS, cores and thread settings of the driver
 * @param executor    what trained the cells in this run, e.g. "local, 2 threads"; null when no cell was
 *                    trained (everything reused from {@code --resume}, or nothing to train)
 * @param cells       cells declared, reused, trained and failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(Object settings, Environment environment, String executor, CellCounts cells) {
    /** DL4J / ND4J version this build is pinned to. */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    /**
     * The machine a result was computed on.
     *
     * @param activationLabVersion this build ("dev" outside a jar)
     * @param dl4jVersion          {@link #DL4J_VERSION}
     * @param javaVersion          the JVM
     * @param os                   name and architecture
     * @param availableProcessors  cores the JVM sees
     * @param ompNumThreads        OMP_NUM_THREADS in force ("null" when unset)
     * @param ompWaitPolicy        OMP_WAIT_POLICY in force ("null" when unset)
     * @param blas                 the matrix-product library ({@link Gemm#library()}): products, and so every
     *                             trained number, depend on it
     */
    public record Environment(String activationLabVersion, String dl4jVersion, String javaVersion, String os,
                              int availableProcessors, String ompNumThreads, String ompWaitPolicy, String blas) {

        /** This JVM's. */
        public static Environment current() {
            Package pkg = Provenance.class.getPackage();
            return new Environment(pkg.getImplementationVersion() == null ? "dev" : pkg.getImplementationVersion(),
                    DL4J_VERSION, System.getProperty("java.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors(), String.valueOf(System.getenv("OMP_NUM_THREADS")),
                    String.valueOf(System.getenv("OMP_WAIT_POLICY")), Gemm.library());
        }
    }
}
