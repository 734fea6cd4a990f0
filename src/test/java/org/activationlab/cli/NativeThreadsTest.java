package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

    @Test
    void relaunchSetsMemoryJitAndCollectorDefaultsUnlessTheUserChose() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Dopexec=org.activationlab.layers.FencedOpExecutioner", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), NativeThreads.jvmDefaults(List.of("-ea"), JitChoice.QUICK));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Dopexec=org.activationlab.layers.FencedOpExecutioner", "-Xmx768m", "-XX:TieredStopAtLevel=1"), NativeThreads.jvmDefaults(List.of("-XX:+UseG1GC"), JitChoice.QUICK));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"), NativeThreads.jvmDefaults(
                List.of("-Dorg.bytedeco.javacpp.maxBytes=4G", "-Dopexec=my.Executioner", "-Xmx2g", "-XX:TieredStopAtLevel=4"), JitChoice.KERNELS));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                        "-Dopexec=org.activationlab.layers.FencedOpExecutioner"),
                NativeThreads.jvmDefaults(List.of("-XX:MaxRAMPercentage=10", "-XX:-TieredCompilation"), JitChoice.KERNELS));
    }

    @Test
    void theCommandLineChoosesTheJitAndTheCollector() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Dopexec=org.activationlab.layers.FencedOpExecutioner", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), NativeThreads.jvmFlagsFor(List.of("xor")));
        List<String> wide = NativeThreads.jvmFlagsFor(List.of("compare", "--dataset", "fashion-mnist", "--hidden", "256,256"));
        assertTrue(wide.stream().anyMatch(f -> f.startsWith("-XX:CompilerDirectivesFile=")), wide::toString);
        assertTrue(wide.stream().noneMatch(f -> f.startsWith("-XX:TieredStopAtLevel")), wide::toString);
        assertTrue(wide.stream().noneMatch(f -> f.contains("GC")), wide::toString);
    }

    @Test
    void optionsFromTheEnvironmentAreNotPassedOnTwice() {
        String agent = "-agentpath:/opt/profiler.so=start,event=cpu";
        List<String> input = List.of("-Xss2m", agent, "-Xmx2g", "-ea");
        assertEquals(List.of("-Xmx2g", "-ea"), NativeThreads.ownJvmArgs(input,
                Map.of("JAVA_TOOL_OPTIONS", " -Xss2m  " + agent + " ")));
        assertEquals(List.of("-Xss2m", agent, "-ea"), NativeThreads.ownJvmArgs(input, Map.of("JDK_JAVA_OPTIONS", "-Xmx2g")));
        assertEquals(input, NativeThreads.ownJvmArgs(input, Map.of("JAVA_TOOL_OPTIONS", "")));
        // the same option given on the command line too is kept once
        assertEquals(List.of("-ea"), NativeThreads.ownJvmArgs(List.of("-ea", "-ea"), Map.of("JAVA_TOOL_OPTIONS", "-ea")));
    }
}
