package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CollectorChoiceTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(CollectorChoice.PROPERTY);
    }

    @Test
    void autoTakesTheSerialCollectorForTheQuickTiersSmallNetworksOnly() {
        assertEquals(CollectorChoice.SERIAL, CollectorChoice.forJit(JitChoice.QUICK));
        assertEquals(CollectorChoice.DEFAULT, CollectorChoice.forJit(JitChoice.KERNELS));
        assertEquals(List.of("-XX:+UseSerialGC"), CollectorChoice.SERIAL.flags());
        assertEquals(List.of(), CollectorChoice.DEFAULT.flags());
    }

    @Test
    void thePropertyOverridesTheRuleAndABadValueIsOneClearError() {
        System.setProperty(CollectorChoice.PROPERTY, "default");
        assertEquals(CollectorChoice.DEFAULT, CollectorChoice.forJit(JitChoice.QUICK));
        System.setProperty(CollectorChoice.PROPERTY, " Serial ");
        assertEquals(CollectorChoice.SERIAL, CollectorChoice.forJit(JitChoice.KERNELS));
        System.setProperty(CollectorChoice.PROPERTY, "g1");
        UserError e = assertThrows(UserError.class, () -> CollectorChoice.forJit(JitChoice.QUICK));
        assertEquals("-Dactivationlab.gc: expected serial, default or auto, received 'g1'", e.getMessage());
    }

    @Test
    void aCollectorFlagOfTheUsersKeepsTheirs() {
        for (String flag : List.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:-UseSerialGC", "-XX:+UseShenandoahGC")) {
            assertTrue(CollectorChoice.userChose(List.of("-ea", flag)), flag);
        }
        for (String flag : List.of("-XX:+UseStringDeduplication", "-XX:+UseGCOverheadLimit", "-Xlog:gc", "-XX:+UseSerialGCx")) {
            assertFalse(CollectorChoice.userChose(List.of(flag)), flag);
        }
    }

    /** In a real JVM: the flags the launcher gives the quick tier's work start the serial collector. */
    @Test
    void theQuickTiersFlagsRunTheSerialCollector() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(NativeThreads.jvmDefaults(List.of(), JitChoice.QUICK));
        command.addAll(List.of("-cp", Path.of("target", "test-classes").toAbsolutePath().toString(),
                CollectorProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        // the serial collector's two generations; G1's are "G1 Young Generation" and "G1 Old Generation"
        assertEquals("Copy,MarkSweepCompact", out);
    }

    /** Prints the running JVM's collectors. */
    static final class CollectorProbe {
        private CollectorProbe() {
        }

        static String names() {
            return String.join(",", ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList());
        }

        public static void main(String[] args) {
            System.out.println(names());
        }
    }
}
