package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationlab.data.Datasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitChoiceTest {
    @TempDir
    Path cache;

    @AfterEach
    void clearProperty() {
        System.clearProperty(JitChoice.PROPERTY);
    }

    @Test
    void autoTakesTheKernelsTierOnlyForWideLayersOnAnImageSet() {
        assertEquals(JitChoice.QUICK, choice("xor"));
        assertEquals(JitChoice.QUICK, choice("compare"));
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "fashion-mnist"), "default widths are small");
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "fashion-mnist", "--hidden", "64,100"));
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "spiral", "--hidden", "512"));
        assertEquals(JitChoice.KERNELS, choice("compare", "--dataset", "fashion-mnist", "--hidden", "64,256"));
        assertEquals(JitChoice.KERNELS, choice("vanishing", "--dataset=mnist", "--width=128"));
        assertEquals(JitChoice.KERNELS, choice("compare", "--hidden=300", "--dataset", "Fashion-MNIST"));
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "fashion-mnist", "--hidden", "wide"),
                "a malformed width says nothing about size (the command reports it)");
    }

    @Test
    void thePropertyOverridesTheRuleAndABadValueIsOneClearError() {
        System.setProperty(JitChoice.PROPERTY, "kernels");
        assertEquals(JitChoice.KERNELS, choice("xor"));
        System.setProperty(JitChoice.PROPERTY, "quick");
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "fashion-mnist", "--hidden", "256"));
        System.setProperty(JitChoice.PROPERTY, "fast");
        UserError e = assertThrows(UserError.class, () -> choice("xor"));
        assertEquals("-Dactivationlab.jit: expected quick, kernels or auto, received 'fast'", e.getMessage());
    }

    @Test
    void theImageSetsAreBuiltInSets() {
        assertTrue(Datasets.names().containsAll(JitChoice.IMAGE_SETS), Datasets.names().toString());
    }

    /** A renamed kernel would silently lose C2: every directive must name a method that exists. */
    @Test
    void everyMethodGivenToC2Exists() throws ClassNotFoundException {
        for (String pattern : JitChoice.C2_METHODS) {
            int dot = pattern.lastIndexOf('.');
            Class<?> type = Class.forName(pattern.substring(0, dot).replace('/', '.'));
            String name = pattern.substring(dot + 1);
            assertTrue(Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(name::equals), pattern);
        }
    }

    @Test
    void theKernelsFlagsStartASilentJvm() throws Exception {
        List<String> flags = JitChoice.KERNELS.flags(cache);
        Path file = Path.of(flags.stream().filter(f -> f.startsWith("-XX:CompilerDirectivesFile="))
                .findFirst().orElseThrow().substring("-XX:CompilerDirectivesFile=".length()));
        assertEquals(JitChoice.directives(), Files.readString(file));

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(flags);
        command.addAll(List.of("-cp", Path.of("target", "classes").toAbsolutePath().toString(), JvmFlags.class.getName()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, p.waitFor(), "the JVM accepts the directives (it does not start on a malformed file)");
        assertEquals(String.join("\n", NativeThreads.defaultJvmFlags()) + "\n", out,
                "the JVM's notice of the directives it read stays off standard output");
    }

    @Test
    void anUnwritableCacheFallsBackToTheQuickTier() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-directory"), "x");
        assertEquals(List.of(JitChoice.QUICK_TIER), JitChoice.KERNELS.flags(file.resolve("sub")));
        assertEquals(List.of(JitChoice.QUICK_TIER), JitChoice.QUICK.flags(cache));
    }

    private static JitChoice choice(String... args) {
        return JitChoice.forCommandLine(List.of(args));
    }
}
