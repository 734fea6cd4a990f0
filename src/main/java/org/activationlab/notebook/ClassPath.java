package org.activationlab.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * This JVM's class path as the notebook's compiler must see it.
 *
 * <p>{@code java -cp target/activation-lab.jar} names one jar whose manifest lists the rest
 * ({@code lib/*.jar}); Maven Surefire starts tests the same way, through a manifest-only jar. The
 * JVM follows those {@code Class-Path} entries when loading classes, but JShell's compiler must be
 * given every entry, so they are expanded here.
 */
final class ClassPath {
    private ClassPath() {
    }

    static List<String> entries() {
        return expand(System.getProperty("java.class.path"));
    }

    /** Every entry of {@code classPath}, followed by the jars their manifests name, each once. */
    static List<String> expand(String classPath) {
        Set<Path> seen = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), seen);
            }
        }
        List<String> paths = new ArrayList<>();
        seen.forEach(p -> paths.add(p.toString()));
        return paths;
    }

    private static void add(Path entry, Set<Path> seen) {
        if (!Files.exists(entry) || !seen.add(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String ref : classPath.trim().split("\\s+")) {
                Path resolved = ref.startsWith("file:")
                        ? Path.of(java.net.URI.create(ref))
                        : entry.getParent().resolve(ref);
                add(resolved.toAbsolutePath().normalize(), seen);
            }
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable jar is the JVM's problem too; the compiler will report what it cannot find.
        }
    }
}
