package org.activationlab.cli;

import java.util.List;

/**
 * Prints the JVM flags the CLI's restarted JVM gets, one a line: {@code java -cp activation-lab.jar
 * org.activationlab.cli.JvmFlags [COMMAND LINE]} gives those for that CLI command line
 * ({@link NativeThreads#jvmFlagsFor}), with none those of a JVM whose work is not known in advance
 * ({@link NativeThreads#defaultJvmFlags()}). The benchmarks read them here so that they measure the CLI's
 * settings for each workload, not a copy of them.
 */
public final class JvmFlags {
    private JvmFlags() {
    }

    public static void main(String[] args) {
        (args.length == 0 ? NativeThreads.defaultJvmFlags() : NativeThreads.jvmFlagsFor(List.of(args)))
                .forEach(System.out::println);
    }
}
