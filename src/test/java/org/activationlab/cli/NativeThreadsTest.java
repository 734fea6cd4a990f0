package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

    @Test
    void relaunchTurnsOffJavaCppAccountingUnlessTheUserChose() {
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.javaCppDefaults(List.of("-Xmx2g")));
        assertEquals(List.of("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"),
                NativeThreads.javaCppDefaults(List.of("-Dorg.bytedeco.javacpp.maxBytes=4G")));
    }
}
