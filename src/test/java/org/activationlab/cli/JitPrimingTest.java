package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.activationlab.updater.AdamLoopProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code updater.JitPriming} in a real JVM under the kernels JIT choice: without priming, the compiled form of
 * Adam's step loop that a first big call gets traps at the loop's exit ("made not entrant"); primed, as a new
 * FastAdamUpdater primes it, its compiled forms are kept.
 */
class JitPrimingTest {
    private static final String LOOP = "org.activationlab.updater.FastAdamUpdater::stepInto";

    @TempDir
    Path cache;

    @Test
    void aPrimedLoopIsCompiledOnceAndKept() throws Exception {
        List<String> log = probe("prime");
        // "[0.088s][debug][jit,compilation]  124       4       org.activationlab.updater.FastAdamUpdater::stepInto (103 bytes)"
        Pattern byC2 = Pattern.compile("\\s4\\s+" + Pattern.quote(LOOP) + "\\s");
        assertTrue(log.stream().anyMatch(l -> byC2.matcher(l).find()), "C2 compiled the loop: " + log);
        assertEquals(List.of(), log.stream().filter(l -> l.contains(LOOP) && l.contains("made not entrant")).toList());
    }

    @Test
    void anUnprimedLoopTrapsAtItsFirstExit() throws Exception {
        List<String> log = probe("");
        assertTrue(log.stream().anyMatch(l -> l.contains(LOOP) && l.contains("made not entrant")),
                "the problem priming solves shows without it: " + log);
    }

    /** The probe's lines about Adam's loops and its result, under the kernels choice's JIT flags. */
    private List<String> probe(String mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(JitChoice.KERNELS.flags(cache));
        command.addAll(List.of("-Xlog:jit+compilation=debug", "-cp", System.getProperty("java.class.path"),
                AdamLoopProbe.class.getName()));
        if (!mode.isEmpty()) {
            command.add(mode);
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("ran"), out.toString());
        return out.stream().filter(l -> l.contains("FastAdamUpdater::")).toList();
    }
}
