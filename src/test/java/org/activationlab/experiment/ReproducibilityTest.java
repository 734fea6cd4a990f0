package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Same seed and settings → the same numbers, for every experiment kind: twice in one JVM, and in a
 * fresh JVM with one and with two OpenMP threads.
 */
class ReproducibilityTest {
    private static Map<String, String> inProcess;

    @BeforeAll
    static void runHere() throws Exception {
        inProcess = new LinkedHashMap<>();
        for (var e : QuickExperiments.all().entrySet()) {
            inProcess.put(e.getKey(), ReproducibilityProbe.numbers(e.getValue().get().run()));
        }
    }

    @Test
    void twiceInOneJvm() throws Exception {
        for (var e : QuickExperiments.all().entrySet()) {
            assertEquals(inProcess.get(e.getKey()), ReproducibilityProbe.numbers(e.getValue().get().run()), e.getKey());
        }
    }

    @Test
    void inAFreshJvmWithOneOpenMpThread() throws Exception {
        assertEquals(inProcess, probeInChildJvm("1"));
    }

    @Test
    void inAFreshJvmWithTwoOpenMpThreads() throws Exception {
        assertEquals(inProcess, probeInChildJvm("2"));
    }

    private static Map<String, String> probeInChildJvm(String ompThreads) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), ReproducibilityProbe.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_NUM_THREADS", ompThreads);
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), "probe JVM failed; output:\n" + out);
        Map<String, String> numbers = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                numbers.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return numbers;
    }
}
