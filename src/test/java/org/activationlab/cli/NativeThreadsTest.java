package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

    @Test
    void relaunchSetsMemoryDefaultsUnlessTheUserChose() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Xmx768m"), NativeThreads.memoryDefaults(List.of("-ea")));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.memoryDefaults(List.of("-Dorg.bytedeco.javacpp.maxBytes=4G", "-Xmx2g")));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.memoryDefaults(List.of("-XX:MaxRAMPercentage=10")));
    }
}
