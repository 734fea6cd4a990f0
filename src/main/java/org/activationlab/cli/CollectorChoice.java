package org.activationlab.cli;

import java.util.List;
import java.util.Locale;

/**
 * Which garbage collector the restarted JVM gets: the serial collector for the small networks that
 * {@link JitChoice#QUICK} runs, the JVM's default (G1 on two cores) for wide networks on images.
 *
 * <p>Measured (BENCHMARKS.md, round 6): under the quick tier, a sweep of 8 short Playground trainings
 * collected G1's small first young generation 3–4 times inside 0.5 s, each pause stopping both trainings,
 * and G1's write barriers run in every reference store of C1's code. The serial collector took the sweep
 * from 45,300 to 50,500 trainings/h one at a time and 52,200 to 56,100 two at a time, Playground's step
 * from 4,660 to 5,260 steps/s, and {@code all} from 1.67–1.80 GB to 1.13–1.23 GB resident at the same
 * wall time, and a whole small {@code compare} (3 s, mostly the JVM's start) the same time. For the
 * Fashion-MNIST MLP it gained nothing (a {@code compare} of 256-wide layers: 6.2 against
 * 6.3 s) and one epoch peaked 34 MB higher, so {@link JitChoice#KERNELS} keeps the default. Numbers do not
 * depend on the collector.
 *
 * <p>{@code -Dactivationlab.gc=serial|default|auto} (default {@code auto}) overrides the choice; a collector
 * flag of your own ({@code -XX:+UseG1GC}, {@code -XX:+UseParallelGC}…) keeps yours and adds none. A JVM whose
 * work is not known in advance (a Jupyter kernel's, {@link NativeThreads#defaultJvmFlags()}) keeps the default.
 */
enum CollectorChoice {
    SERIAL,
    DEFAULT;

    static final String PROPERTY = "activationlab.gc";
    static final String SERIAL_FLAG = "-XX:+UseSerialGC";

    /** The choice for a JVM whose JIT choice is {@code jit}: the property, else {@code auto}'s rule. */
    static CollectorChoice forJit(JitChoice jit) {
        String chosen = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "serial" -> SERIAL;
            case "default" -> DEFAULT;
            case "auto" -> jit == JitChoice.QUICK ? SERIAL : DEFAULT;
            default -> throw new UserError("-D" + PROPERTY + ": expected serial, default or auto, received '" + chosen + "'");
        };
    }

    /** True when a collector flag of the user's is among {@code jvmArgs}: then the launcher adds none. */
    static boolean userChose(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(a -> a.matches("-XX:[+-]Use\\w*GC"));
    }

    List<String> flags() {
        return this == SERIAL ? List.of(SERIAL_FLAG) : List.of();
    }
}
