package org.activationlab.cli;

/**
 * Prints the JVM flags the CLI's restarted JVM gets ({@link NativeThreads#defaultJvmFlags()}), one a
 * line: {@code java -cp activation-lab.jar org.activationlab.cli.JvmFlags}. The benchmarks read them
 * here so that they measure the CLI's settings, not a copy of them.
 */
public final class JvmFlags {
    private JvmFlags() {
    }

    public static void main(String[] args) {
        NativeThreads.defaultJvmFlags().forEach(System.out::println);
    }
}
