package org.activationlab.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The JVM options a JVM reads from its environment, {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}:
 * the restarted JVM inherits them, and they show among the launcher's own input arguments.
 */
final class EnvironmentJvmOptions {
    static final List<String> VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private EnvironmentJvmOptions() {
    }

    /** The options in {@code env}'s variables, split at white space as the JVM splits them. */
    static List<String> in(Map<String, String> env) {
        return VARIABLES.stream().map(env::get).filter(Objects::nonNull).map(String::trim)
                .filter(options -> !options.isEmpty()).flatMap(options -> Stream.of(options.split("\\s+"))).toList();
    }
}
