package org.activationlab.data;

import java.nio.file.Path;

/**
 * Where the IDX files are, and who said so: {@link DataOptions#dataDir()} (the CLI's {@code --data-dir}),
 * then system property {@value #PROPERTY}, then environment variable {@value #ENV}, then
 * {@link #DEFAULT} (Debian's {@code dataset-fashion-mnist} package).
 *
 * @param dir    the directory to read
 * @param origin how it was chosen, for error messages
 */
public record DataDirectory(Path dir, String origin) {
    public static final Path DEFAULT = Path.of("/usr/share/datasets/fashion-mnist");
    public static final String PROPERTY = "activationlab.data.dir";
    public static final String ENV = "ACTIVATIONLAB_DATA_DIR";
    private static final String DEFAULT_ORIGIN = "the default";

    /** The directory for {@code options}, looking at this JVM's property and environment. */
    public static DataDirectory of(DataOptions options) {
        return resolve(options.dataDir(), System.getProperty(PROPERTY), System.getenv(ENV));
    }

    static DataDirectory resolve(Path option, String property, String env) {
        if (option != null) {
            return new DataDirectory(option, "--data-dir / DataOptions.dataDir");
        }
        if (property != null && !property.isBlank()) {
            return new DataDirectory(Path.of(property), "system property " + PROPERTY);
        }
        if (env != null && !env.isBlank()) {
            return new DataDirectory(Path.of(env), "environment variable " + ENV);
        }
        return new DataDirectory(DEFAULT, DEFAULT_ORIGIN);
    }

    /** True when the user named the directory rather than falling back to the default. */
    public boolean chosen() {
        return !origin.equals(DEFAULT_ORIGIN);
    }
}
