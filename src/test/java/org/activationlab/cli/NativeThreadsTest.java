package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

    @Test
    void relaunchSetsMemoryAndJitDefaultsUnlessTheUserChose() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Xmx768m", "-XX:TieredStopAtLevel=1"), NativeThreads.jvmDefaults(List.of("-ea"), JitChoice.QUICK));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"), NativeThreads.jvmDefaults(
                List.of("-Dorg.bytedeco.javacpp.maxBytes=4G", "-Xmx2g", "-XX:TieredStopAtLevel=4"), JitChoice.KERNELS));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.jvmDefaults(List.of("-XX:MaxRAMPercentage=10", "-XX:-TieredCompilation"), JitChoice.KERNELS));
    }

    @Test
    void theCommandLineChoosesTheJit() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Xmx768m", "-XX:TieredStopAtLevel=1"), NativeThreads.jvmFlagsFor(List.of("xor")));
        List<String> wide = NativeThreads.jvmFlagsFor(List.of("compare", "--dataset", "fashion-mnist", "--hidden", "256,256"));
        assertTrue(wide.stream().anyMatch(f -> f.startsWith("-XX:CompilerDirectivesFile=")), wide::toString);
        assertTrue(wide.stream().noneMatch(f -> f.startsWith("-XX:TieredStopAtLevel")), wide::toString);
    }
}
