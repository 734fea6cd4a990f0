package org.activationlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The products run on the OpenBLAS binaries the pom names (it replaces ND4J's 0.3.19 natives on linux-x86_64),
 * and on a CPU with AVX-512 that library uses its AVX-512 kernels: ND4J's own 0.3.19 took these EPYCs for
 * "Zen" and ran AVX2 kernels, the reason for the replacement (BENCHMARKS.md, round 5).
 */
class BlasLibraryTest {
    /** OpenBLAS's AVX-512 kernel families (DYNAMIC_ARCH core names). */
    private static final Set<String> AVX512_CORES = Set.of("SkylakeX", "Cooperlake", "SapphireRapids");

    @Test
    void theProductsRunOnTheNativeJarThePomNames() {
        String natives = System.getProperty("activationlab.openblas.natives");
        String platform = System.getProperty("activationlab.native.platform");
        assertNotNull(natives, "surefire passes the pom's openblas.natives.version");
        assertNotNull(platform, "surefire passes the pom's native.platform");
        assertEquals("OpenBLAS from openblas-" + natives + "-" + platform + ".jar", Gemm.library());
    }

    @Test
    void theLibraryIsNamedByItsJarOrElseByItsPath() {
        assertEquals("from openblas-0.3.21-1.5.8-linux-x86_64.jar", Gemm.nativeJar(
                "/root/.javacpp/cache/openblas-0.3.21-1.5.8-linux-x86_64.jar/org/bytedeco/openblas/linux-x86_64/libopenblas.so.0"));
        assertEquals("/usr/lib/x86_64-linux-gnu/libopenblas.so.0", Gemm.nativeJar("/usr/lib/x86_64-linux-gnu/libopenblas.so.0"));
    }

    /** OpenBLAS says which kernels it chose when OPENBLAS_VERBOSE=2 is set at its start: a JVM of its own. */
    @Test
    void theKernelsMatchTheCpusVectorUnits() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), BlasProbe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OPENBLAS_VERBOSE", "2");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("library: " + Gemm.library()), "the probe loaded the same library: " + out);
        Matcher core = Pattern.compile("Core: (\\w+)").matcher(out);
        assertTrue(core.find(), "OpenBLAS named its kernels: " + out);

        boolean avx512 = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .anyMatch(line -> line.startsWith("flags") && line.matches(".*\\bavx512f\\b.*"));
        assertEquals(avx512, AVX512_CORES.contains(core.group(1)),
                "CPU has AVX-512: " + avx512 + "; OpenBLAS chose the " + core.group(1) + " kernels");
    }
}
