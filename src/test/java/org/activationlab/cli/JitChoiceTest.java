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
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "fashion-mnist", "--hidden", "32,48"));
        assertEquals(JitChoice.KERNELS, choice("compare", "--dataset", "fashion-mnist", "--hidden", "32,64"));
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "spiral", "--hidden", "512"));
        assertEquals(JitChoice.KERNELS, choice("compare", "--dataset", "fashion-mnist", "--hidden", "64,256"));
        assertEquals(JitChoice.KERNELS, choice("vanishing", "--dataset=mnist", "--width=100"));
        assertEquals(JitChoice.KERNELS, choice("compare", "--hidden=300", "--dataset", "Fashion-MNIST"));
        assertEquals(JitChoice.QUICK, choice("compare", "--dataset", "fashion-mnist", "--hidden", "wide"),
                "a malformed width says nothing about size (the command reports it)");
    }

    /** Left out, a command's own data set and widths count: vanishing, dead-relu, overfitting run on Fashion-MNIST. */
    @Test
    void autoReadsTheDataSetAndWidthsACommandRunsWithByDefault() {
        assertEquals(JitChoice.KERNELS, choice("vanishing", "--width", "256"), "vanishing's default data is an image set");
        assertEquals(JitChoice.KERNELS, choice("dead-relu", "--layers", "2", "--width=64"));
        assertEquals(JitChoice.QUICK, choice("vanishing", "--width", "256", "--dataset", "spiral"));
        assertEquals(JitChoice.QUICK, choice("vanishing"), "its default layers are 32 wide");
        assertEquals(JitChoice.KERNELS, choice("overfitting"), "its default: 2 layers of 128 on Fashion-MNIST");
        assertEquals(JitChoice.QUICK, choice("overfitting", "--width", "32"));
        assertEquals(JitChoice.QUICK, choice("compare", "--hidden", "256"), "compare's default data is the circle");
        assertEquals(JitChoice.KERNELS, choice("compare", "--hidden", "256", "--dataset", "mnist"));
        assertEquals(JitChoice.QUICK, choice("representation", "--hidden-width", "128"));
        assertEquals(JitChoice.KERNELS, choice("outputs", "--multi-class", "fashion-mnist", "--width", "100"));
        assertEquals(JitChoice.QUICK, choice("outputs", "--multi-class", "fashion-mnist"), "its default width is 16");
        assertEquals(JitChoice.QUICK, choice(), "no command runs all");
        assertEquals(JitChoice.QUICK, choice("help", "vanishing"));
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
            // a trailing * also matches the enum constants' own classes, which override the method declared here
            Class<?> type = Class.forName(pattern.substring(0, dot).replace('/', '.').replaceAll("\\*$", ""));
            String name = pattern.substring(dot + 1);
            assertTrue(Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(name::equals), pattern);
        }
    }

    @Test
    void theKernelsFlagsStartASilentJvm() throws Exception {
        List<String> flags = JitChoice.KERNELS.flags(cache);
        Path file = Path.of(flags.stream().filter(f -> f.startsWith("-XX:CompilerDirectivesFile="))
                .findFirst().orElseThrow().substring("-XX:CompilerDirectivesFile=".length()));
        assertEquals(JitChoice.directives(JitChoice.C2_METHODS), Files.readString(file));

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(flags);
        command.addAll(List.of("-cp", Path.of("target", "classes").toAbsolutePath().toString(), JvmFlags.class.getName()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, p.waitFor(), "the JVM accepts the directives (it does not start on a malformed file)");
        assertEquals(String.join("\n", NativeThreads.defaultJvmFlags()) + "\n", out,
                "the JVM's notice of the directives it read stays off standard output");
    }

    /**
     * The mechanism, in a real JVM: C2 compiles the method it is given, every other method goes from the
     * interpreter straight to the quick tier (1), and nothing is compiled in C1's profiling tiers (2, 3).
     */
    @Test
    void c2CompilesOnlyTheGivenMethodsAndNothingWaitsInTheProfilingTier() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(JitChoice.c2Only(List.of("org/activationlab/cli/JitProbe.kernel"), cache).orElseThrow());
        command.addAll(List.of("-Xlog:jit+compilation=debug", "-cp", Path.of("target", "test-classes").toAbsolutePath()
                .toString(), JitProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        assertTrue(log.contains("ran"), log.toString());

        // "[0.2s][debug][jit,compilation]   12   %   4   org.activationlab.cli.JitProbe::kernel @ 9 (30 bytes)"
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\[jit,compilation\\]\\s+\\d+\\s+[%sbn!]*\\s*(\\d)\\s+(\\S+)");
        List<String[]> compiled = log.stream().map(line::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> new String[]{m.group(1), m.group(2)}).toList();
        assertTrue(compiled.size() >= 4, "the log shows compilations: " + log);
        assertTrue(compiled.stream().noneMatch(c -> c[0].equals("2") || c[0].equals("3")),
                () -> "profiling tiers used: " + compiled.stream().filter(c -> c[0].equals("2") || c[0].equals("3"))
                        .map(c -> c[0] + " " + c[1]).toList());
        assertTrue(compiled.stream().anyMatch(c -> c[0].equals("4") && c[1].endsWith("JitProbe::kernel")), log.toString());
        assertTrue(compiled.stream().anyMatch(c -> c[0].equals("1") && c[1].endsWith("JitProbe::other")), log.toString());
        assertTrue(compiled.stream().noneMatch(c -> c[0].equals("4") && !c[1].endsWith("JitProbe::kernel")),
                () -> "C2 compiled more: " + compiled.stream().filter(c -> c[0].equals("4")).map(c -> c[1]).toList());
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
