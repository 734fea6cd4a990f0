package org.activationlab.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every result records about where it was computed. */
public final class Provenance {
    /** DL4J / ND4J version this build is pinned to. */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    private Provenance() {
    }

    /** Library versions, Java, OS, cores and the OpenMP thread settings in force. */
    public static Map<String, Object> environment() {
        Map<String, Object> env = new LinkedHashMap<>();
        Package pkg = Provenance.class.getPackage();
        env.put("activation_lab_version", pkg.getImplementationVersion() == null ? "dev" : pkg.getImplementationVersion());
        env.put("dl4j_version", DL4J_VERSION);
        env.put("java_version", System.getProperty("java.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("available_processors", Runtime.getRuntime().availableProcessors());
        env.put("omp_num_threads", String.valueOf(System.getenv("OMP_NUM_THREADS")));
        env.put("omp_wait_policy", String.valueOf(System.getenv("OMP_WAIT_POLICY")));
        return env;
    }
}
