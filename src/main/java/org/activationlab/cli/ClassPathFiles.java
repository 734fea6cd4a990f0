package org.activationlab.cli;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.activationlab.io.AtomicFiles;

/**
 * The files a class path loads classes from, as the JVM finds them: each entry, then the jars its manifest's
 * {@code Class-Path} names (relative to its directory), recursively. {@code java -jar} puts only the application's
 * jar on the class path; its libraries come from its manifest, and the JVM checks every one against a class archive.
 */
final class ClassPathFiles {
    private ClassPathFiles() {
    }

    /**
     * Each file's identity, "path size modification-time", in class-path order. Reading the libraries' manifests
     * costs about 0.1 s of CPU, so the list is remembered in {@code cacheDir} and reused while every file on it
     * keeps its identity: a jar's manifest changes only with the jar.
     */
    static List<String> identities(String classPath, Path cacheDir) {
        List<Path> entries = entries(classPath);
        Path remembered = cacheDir.resolve("classpath-" + ClassArchive.hash(entries.toString()) + ".txt");
        try {
            List<String> lines = Files.readAllLines(remembered, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.stream().allMatch(l -> l.equals(identity(Path.of(pathOf(l)))))) {
                return lines;
            }
        } catch (IOException | RuntimeException e) { // none yet, or unreadable: read the manifests
        }
        List<String> lines = expand(entries).stream().map(ClassPathFiles::identity).toList();
        try {
            AtomicFiles.writeString(remembered, String.join("\n", lines) + "\n");
        } catch (IOException | SecurityException e) { // not remembered: the next run reads the manifests again
        }
        return lines;
    }

    /** The class path's files with those their manifests name, each once. */
    static List<Path> of(String classPath) {
        return expand(entries(classPath));
    }

    private static List<Path> entries(String classPath) {
        return Stream.of(classPath.split(File.pathSeparator)).map(e -> Path.of(e).toAbsolutePath().normalize()).toList();
    }

    private static List<Path> expand(List<Path> entries) {
        Set<Path> files = new LinkedHashSet<>();
        entries.forEach(e -> addWithManifestClassPath(e, files));
        return List.copyOf(files);
    }

    /** "path size modification-time"; a missing file has size and time 0, so its appearing changes it. */
    private static String identity(Path file) {
        File f = file.toFile();
        return f.getAbsolutePath() + " " + f.length() + " " + f.lastModified();
    }

    private static String pathOf(String identity) {
        return identity.substring(0, identity.lastIndexOf(' ', identity.lastIndexOf(' ') - 1));
    }

    private static void addWithManifestClassPath(Path file, Set<Path> files) {
        if (!files.add(file) || !Files.isRegularFile(file)) {
            return;
        }
        Manifest manifest;
        try {
            manifest = manifest(file);
        } catch (IOException | SecurityException e) { // not a jar, or unreadable: only its own identity counts
            return;
        }
        String named = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        if (named == null) {
            return;
        }
        for (String url : named.trim().split("\\s+")) {
            try {
                URI resolved = file.getParent().toUri().resolve(url);
                if ("file".equals(resolved.getScheme())) {
                    addWithManifestClassPath(Path.of(resolved).normalize(), files);
                }
            } catch (IllegalArgumentException e) { // a malformed entry, which the JVM skips too
            }
        }
    }

    /**
     * {@code jar}'s manifest, read from its first entries, where jar tools put it: about twice as fast as opening
     * the jar's central directory, which is read only when the manifest is elsewhere.
     */
    private static Manifest manifest(Path jar) throws IOException {
        try (JarInputStream in = new JarInputStream(new BufferedInputStream(new FileInputStream(jar.toFile())), false)) {
            Manifest first = in.getManifest();
            if (first != null) {
                return first;
            }
        }
        try (JarFile whole = new JarFile(jar.toFile(), false)) {
            return whole.getManifest();
        }
    }
}
