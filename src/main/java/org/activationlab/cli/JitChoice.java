package org.activationlab.cli;

import org.activationlab.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which JIT compilers the restarted JVM gets, chosen from the command line before it starts.
 *
 * <p>{@link #QUICK}: the quick tier (C1) only. The CLI's usual work is many short trainings of small
 * networks, during which the optimising compiler (C2) kept a second core busy compiling DL4J's code
 * paths for little return (BENCHMARKS.md).
 *
 * <p>{@link #KERNELS}: C2 compiles only the project's numeric loops over whole parameter and activation
 * arrays ({@link #C2_METHODS}: the Adam and SGD updates, the δ of ReLU, tanh and sigmoid, tanh itself), which C1 does not vectorise; C2
 * refuses every other method (a compiler directive), which then goes to C1's quick tier. Normally a
 * method waits for C2 in C1's profiling tier (tier 3, about a third slower than the quick tier, and a
 * second compilation); here the interpreter profiles from the first calls and C2 is asked after ten
 * ({@link #STRAIGHT_TO_C2}), so a refused method goes from the interpreter straight to the quick tier, as
 * under {@link #QUICK}; and C1 keeps the two compiler threads it has under {@link #QUICK} ({@link #C1_THREADS}).
 * Measured on the 784-256-256-10 MLP (batch 128, Adam, one thread): C2's Adam loop takes the step from
 * about 14,500 to 20,800 examples/s; on XOR, the 2-8-8-1 Playground networks and short sweeps it costs
 * 2–10 % and gains nothing (BENCHMARKS.md, round 4). So {@code auto} takes it only for layers at least
 * {@value #WIDE} wide on an image set ({@link #forCommandLine}), each the command line's or else the command's own
 * default ({@link CommandWorkload}): {@code vanishing --width 256} trains on Fashion-MNIST, {@code compare --hidden
 * 256} on the circle. Numbers do not depend on the choice: Java's float arithmetic is the same under every compiler.
 *
 * <p>{@code -Dactivationlab.jit=quick|kernels|auto} (default {@code auto}) overrides the choice;
 * JIT flags of your own ({@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation},
 * {@code -XX:CompilerDirectivesFile}, tier thresholds) keep yours and add none.
 */
enum JitChoice {
    QUICK,
    KERNELS;

    static final String PROPERTY = "activationlab.jit";
    /**
     * Layers at least this wide on an image set make {@code auto} choose {@link #KERNELS}: measured, a compare
     * of 64- and 100-wide layers on Fashion-MNIST ran 1.06–1.2× faster with it; the 32-wide vanishing study ran the same.
     */
    static final int WIDE = 64;
    /** The built-in image sets: 784 inputs, so that the first layer alone has ≥ 100,000 weights when wide. */
    static final List<String> IMAGE_SETS = List.of("fashion-mnist", "mnist");
    /** The methods C2 may compile under {@link #KERNELS} (class/name, as compiler directives match them). */
    static final List<String> C2_METHODS = List.of(
            "org/activationlab/updater/FastAdamUpdater.updateInto",
            "org/activationlab/updater/FastAdamUpdater.stepInto",
            "org/activationlab/updater/FastSgdUpdater.scaleInPlace",
            "org/activationlab/updater/FastSgdUpdater.stepInto",
            "org/activationlab/layers/HostReLU.deltaInPlace",
            "org/activationlab/layers/ColumnSums.sumColumns",
            "org/activationlab/layers/RowBias.addRows",
            "org/activationlab/layers/FloatFromOutput$Function*.deltaInPlace",
            "org/activationlab/layers/FloatTanh.minMaxLoop");
    static final String QUICK_TIER = "-XX:TieredStopAtLevel=1";
    /**
     * The JVM gives a third of its compiler threads to C1: on 2 cores one C1 thread, where the quick tier
     * alone has two, so C1's queue grew and methods ran interpreted for longer (XOR's step 0.12–0.15 ms
     * instead of 0.07–0.09). Six threads give C1 two; C2's are started only when its queue needs them.
     */
    static final String C1_THREADS = "-XX:CICompilerCount=6";
    /**
     * The interpreter profiles every method from its first calls (no C1 profiling tier), and C2 is asked
     * for it after ten: a kernel is compiled by C2 early, any other method is refused and compiled by C1.
     */
    static final List<String> STRAIGHT_TO_C2 = List.of("-XX:Tier0ProfilingStartPercentage=0",
            "-XX:Tier4InvocationThreshold=10", "-XX:Tier4MinInvocationThreshold=5", "-XX:Tier4CompileThreshold=20",
            "-XX:Tier4BackEdgeThreshold=200", C1_THREADS);

    /** The choice for a CLI command line: the property, else {@code auto}'s rule. */
    static JitChoice forCommandLine(List<String> args) {
        String chosen = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "quick" -> QUICK;
            case "kernels" -> KERNELS;
            case "auto" -> wideOnImages(CommandWorkload.of(args)) ? KERNELS : QUICK;
            default -> throw new UserError("-D" + PROPERTY + ": expected quick, kernels or auto, received '" + chosen + "'");
        };
    }

    /** {@code auto}'s rule: a layer at least {@link #WIDE} wide, on an image set. */
    static boolean wideOnImages(CommandWorkload workload) {
        return workload.widest() >= WIDE
                && workload.datasets().stream().anyMatch(d -> IMAGE_SETS.contains(d.toLowerCase(Locale.ROOT)));
    }

    /** True when a JIT flag of the user's is among {@code jvmArgs}: then the launcher adds none. */
    static boolean userChose(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.endsWith("TieredCompilation")
                || a.startsWith("-XX:CompilerDirectivesFile") || a.startsWith("-XX:Tier") || a.startsWith("-XX:CompilationMode")
                || a.startsWith("-XX:CICompilerCount"));
    }

    /**
     * The JVM flags; {@link #KERNELS} writes its directives file into {@code cacheDir} and falls back to
     * {@link #QUICK}'s flags when it cannot.
     */
    List<String> flags(Path cacheDir) {
        return this == QUICK ? List.of(QUICK_TIER) : c2Only(C2_METHODS, cacheDir).orElse(List.of(QUICK_TIER));
    }

    /** The flags that give C2 {@code methods} and nothing else, or empty when the directives cannot be written. */
    static Optional<List<String>> c2Only(List<String> methods, Path cacheDir) {
        // DisplayVMOutput off: the JVM announces the directives it read on standard output, among the results
        return directivesFile(directives(methods), cacheDir).map(file -> Stream.concat(Stream.of(
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput", "-XX:CompilerDirectivesFile=" + file),
                STRAIGHT_TO_C2.stream()).toList());
    }

    /** Compiler directives: C2 for {@code methods}, for nothing else. */
    static String directives(List<String> methods) {
        String allowed = methods.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "));
        return "[\n  { match: [" + allowed + "], c2: { Exclude: false } },\n"
                + "  { match: \"*.*\", c2: { Exclude: true } }\n]\n";
    }

    private static Optional<Path> directivesFile(String text, Path cacheDir) {
        if (cacheDir == null) {
            return Optional.empty();
        }
        Path file = cacheDir.resolve("jit-c2-" + ClassArchive.hash(text) + ".json");
        try {
            if (!Files.isReadable(file)) {
                Files.createDirectories(cacheDir);
                AtomicFiles.writeString(file, text);
            }
            return Optional.of(file);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
