package org.activationlab.notebook;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IJava's magics as the executor understands them.
 *
 * <p>{@code %jars}, {@code %classpath} and {@code %maven} (with IJava's aliases) put the project on
 * the kernel's class path; under the executor it is there already, so those lines are dropped. Any
 * other line magic, and every cell magic ({@code %%…}), would do something the executor cannot
 * reproduce, so it is an error rather than silently skipped.
 */
final class Magics {
    /** Line magics that only extend the class path. */
    static final Set<String> CLASSPATH_MAGICS = Set.of("jars", "classpath", "maven", "addMavenDependencies",
            "addMavenDependency");

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(\\w+)(.*)$");

    private Magics() {
    }

    /** The cell's Java code: class-path magics replaced by blank lines (line numbers stay right). */
    static String strip(String source) {
        if (source.stripLeading().startsWith("%%")) {
            String name = source.stripLeading().substring(2).split("\\s", 2)[0];
            throw new UnsupportedMagicException("cell magic %%" + name + " is not supported; only the line magics "
                    + "%jars, %classpath and %maven (the project is already on the class path)");
        }
        StringBuilder code = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            Matcher m = LINE_MAGIC.matcher(line);
            if (m.matches()) {
                if (!CLASSPATH_MAGICS.contains(m.group(1))) {
                    throw new UnsupportedMagicException("line magic %" + m.group(1) + " is not supported; only %jars, "
                            + "%classpath and %maven (the project is already on the class path)");
                }
                line = "";
            }
            code.append(line).append('\n');
        }
        return code.toString();
    }

    /** A magic the executor cannot run. */
    static final class UnsupportedMagicException extends RuntimeException {
        UnsupportedMagicException(String message) {
            super(message);
        }
    }
}
