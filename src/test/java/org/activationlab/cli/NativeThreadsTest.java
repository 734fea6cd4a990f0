package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

    @Test
    void relaunchSetsMemoryAndJitDefaultsUnlessTheUserChose() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Xmx768m", "-XX:TieredStopAtLevel=1"), NativeThreads.jvmDefaults(List.of("-ea")));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.jvmDefaults(List.of("-Dorg.bytedeco.javacpp.maxBytes=4G", "-Xmx2g", "-XX:TieredStopAtLevel=4")));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.jvmDefaults(List.of("-XX:MaxRAMPercentage=10", "-XX:-TieredCompilation")));
    }
}
