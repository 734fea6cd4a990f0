package org.activationlab.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The application's classes, parsed and verified once, shared by every later run of the restarted JVM
 * (Java's dynamic class data sharing, AppCDS).
 *
 * <p>Measured on a Fashion-MNIST compare: the restarted JVM spent ≈ 0.9 s of CPU loading DL4J's and
 * ND4J's classes, which an archive maps from disk instead. The first run of a jar writes the archive
 * when it exits ({@code -XX:ArchiveClassesAtExit}, a few seconds once) to a temporary file that is
 * renamed into place only after a successful run; later runs use it ({@code -XX:SharedArchiveFile}).
 * The file name is a digest of the class path's files with the libraries the jars' manifests name
 * ({@link ClassPathFiles}: path, size, modification time), the JVM's version and its flags, so a rebuilt
 * jar or library, or another JVM, gets its own archive. A JVM that cannot use
 * an archive (damaged, stale) runs without it; its notices, which go to standard output, are switched
 * off. A JVM with an agent (a debugger, a profiler) reads an archive but never writes one ({@link #agentIn}).
 * Only a class path of jar files is archived (the JVM does not start when asked to archive a
 * directory's classes). Archives live in {@code $XDG_CACHE_HOME/activation-lab} (default {@code ~/.cache}); an
 * unwritable directory or {@code -Dactivationlab.cds=false} means no archive.
 */
final class ClassArchive {
    static final String PROPERTY = "activationlab.cds";
    /** The JVM's notices about archives go to standard output, where they would mix with results. */
    static final String QUIET = "-Xlog:cds*=off";

    private final Path archive;
    private final Path pending;
    private final boolean mayDump;

    private ClassArchive(Path archive, Path pending, boolean mayDump) {
        this.archive = archive;
        this.pending = pending;
        this.mayDump = mayDump;
    }

    /** The archive for this class path and these JVM flags, or empty when sharing is off or the user chose. */
    static Optional<ClassArchive> forRun(List<String> jvmFlags, String classPath, Path cacheDir) {
        return forRun(jvmFlags, classPath, cacheDir, System.getenv());
    }

    /** As {@link #forRun(List, String, Path)}, with the JVM's environment {@code env}. */
    static Optional<ClassArchive> forRun(List<String> jvmFlags, String classPath, Path cacheDir, Map<String, String> env) {
        boolean userChose = jvmFlags.stream().anyMatch(f -> f.startsWith("-Xshare") || f.contains("SharedArchiveFile")
                || f.contains("ArchiveClassesAtExit"));
        // the JVM refuses to start when asked to write an archive for a class path with a directory in it
        boolean jarsOnly = Stream.of(classPath.split(File.pathSeparator)).allMatch(e -> Files.isRegularFile(Path.of(e)));
        if (userChose || !jarsOnly || !Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) || cacheDir == null) {
            return Optional.empty();
        }
        Path archive = cacheDir.resolve("classes-" + digest(jvmFlags, ClassPathFiles.identities(classPath, cacheDir))
                + ".jsa");
        return Optional.of(new ClassArchive(archive, cacheDir.resolve(archive.getFileName() + "."
                + ProcessHandle.current().pid() + ".tmp"), !agentIn(jvmFlags, env)));
    }

    /**
     * Whether the JVM gets an agent (a debugger's {@code -agentlib:jdwp}, a profiler's {@code -agentpath},
     * a {@code -javaagent}), on its command line or from its environment: a JVM asked to write an archive
     * then does not start ("CDS dumping does not support native JVMTI agent"), so such a run only reads one.
     */
    static boolean agentIn(List<String> jvmFlags, Map<String, String> env) {
        return Stream.concat(jvmFlags.stream(), EnvironmentJvmOptions.in(env).stream()).anyMatch(f -> f.startsWith("-agentlib:")
                || f.startsWith("-agentpath:") || f.startsWith("-javaagent:"));
    }

    /** {@code $XDG_CACHE_HOME/activation-lab}, else {@code ~/.cache/activation-lab}. */
    static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String base = xdg != null && !xdg.isBlank() ? xdg : System.getProperty("user.home") + File.separator + ".cache";
        return Path.of(base, "activation-lab");
    }

    /**
     * The flags that use the archive, or, when there is none yet and {@code mayWrite}, write it (none
     * when it cannot be written). The archive holds the classes its writing run loaded: a run that only
     * prints text should not be the one that writes it.
     */
    List<String> flags(boolean mayWrite) {
        if (Files.isReadable(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        if (!mayWrite || !mayDump) {
            return List.of();
        }
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        return Files.isWritable(archive.getParent()) ? List.of("-XX:ArchiveClassesAtExit=" + pending, QUIET) : List.of();
    }

    /** After the run: a newly written archive is moved into place if the run succeeded, else removed. */
    void finish(int exitCode) {
        try {
            if (exitCode == 0 && Files.size(pending) > 0) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                pruneOlder(archive.getParent());
            }
        } catch (IOException | SecurityException e) { // no archive written (it was in use, or writing failed): fine
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException | SecurityException e) { // left for nobody: harmless
            }
        }
    }

    Path archive() {
        return archive;
    }

    /** Archives kept per cache directory: every rebuilt jar gets a new one (≈ 30 MB), so old ones go. */
    static final int KEPT = 3;

    /** Deletes all but the {@value #KEPT} most recently written archives. */
    static void pruneOlder(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().matches("classes-[0-9a-f]+\\.jsa"))
                    .sorted((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified())).toList();
            for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static String digest(List<String> jvmFlags, List<String> classPathIdentities) {
        StringBuilder key = new StringBuilder(System.getProperty("java.vm.version")).append('\n');
        jvmFlags.forEach(f -> key.append(f).append('\n'));
        classPathIdentities.forEach(f -> key.append(f).append('\n'));
        return hash(key.toString());
    }

    /**
     * A 64-bit digest of {@code text} in hex, the CRC-32C and the CRC-32 of its UTF-8 bytes, for the names of the
     * cache's files. Not SHA-256: this runs in the launcher JVM, where the first {@code MessageDigest} loads the
     * security providers (≈ 100 classes); without it the JVM that trains starts 4–6 ms sooner. Two different
     * texts share a name with a chance of 1 in 2⁶⁴, and even then a JVM only rejects an archive that is not its own.
     */
    static String hash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C first = new CRC32C();
        first.update(bytes);
        CRC32 second = new CRC32();
        second.update(bytes);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) first.getValue()) + hex.toHexDigits((int) second.getValue());
    }
}
