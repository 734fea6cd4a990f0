package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    private static final List<String> FLAGS = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Path CLASS_DIR = Path.of("target", "classes").toAbsolutePath();
    private static String CLASSES;

    @TempDir
    Path cache;

    /** The application's classes as a jar: the JVM archives classes from jars only. */
    @BeforeAll
    static void jarTheClasses(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(CLASS_DIR)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(CLASS_DIR.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        CLASSES = jar.toString();
    }

    /** Cache names: 16 hex digits, the same for the same text in every JVM, another for a text one flag apart. */
    @Test
    void cacheNamesAreStableDigestsOfTheirText() {
        String flags = "-Xmx768m\n-XX:TieredStopAtLevel=1\n";
        assertTrue(ClassArchive.hash(flags).matches("[0-9a-f]{16}"), ClassArchive.hash(flags));
        assertEquals(ClassArchive.hash(flags), ClassArchive.hash(new String(flags.toCharArray())));
        // the CRC-32C and CRC-32 of the UTF-8 bytes, as java.util.zip computes them
        java.util.zip.CRC32C crc32c = new java.util.zip.CRC32C();
        crc32c.update(flags.getBytes(StandardCharsets.UTF_8));
        assertTrue(ClassArchive.hash(flags).startsWith(String.format("%08x", crc32c.getValue())));
        assertNotEquals(ClassArchive.hash(flags), ClassArchive.hash(flags.replace("768", "769")));
        assertNotEquals(ClassArchive.hash(""), ClassArchive.hash("\n"));
    }

    @Test
    void theFirstRunWritesTheArchiveLaterRunsReadIt() throws Exception {
        ClassArchive first = ClassArchive.forRun(FLAGS, CLASSES, cache).orElseThrow();
        List<String> writing = first.flags(true);
        assertTrue(writing.get(0).startsWith("-XX:ArchiveClassesAtExit=" + cache), writing.toString());

        Run run = java(writing);
        first.finish(run.exitCode());

        assertEquals(0, run.exitCode(), run.output());
        assertEquals(expectedOutput(), run.output(), "no notice of the JVM's on standard output");
        assertTrue(Files.size(first.archive()) > 0);
        try (var files = archivesIn(cache)) {
            assertEquals(List.of(first.archive()), files.toList(), "the temporary file is renamed, not left behind");
        }
        ClassArchive later = ClassArchive.forRun(FLAGS, CLASSES, cache).orElseThrow();
        assertEquals(List.of("-XX:SharedArchiveFile=" + first.archive(), ClassArchive.QUIET), later.flags(true));
        Run reading = java(later.flags(true));
        assertEquals(0, reading.exitCode());
        assertEquals(expectedOutput(), reading.output());
    }

    @Test
    void aDamagedArchiveNeitherBreaksTheRunNorPrints() throws Exception {
        ClassArchive archive = ClassArchive.forRun(FLAGS, CLASSES, cache).orElseThrow();
        Files.writeString(archive.archive(), "not an archive");

        Run run = java(archive.flags(true));

        assertEquals(0, run.exitCode(), run.output());
        assertEquals(expectedOutput(), run.output());
    }

    @Test
    void aRunThatOnlyPrintsTextReadsTheArchiveButDoesNotWriteIt() throws IOException {
        ClassArchive archive = ClassArchive.forRun(FLAGS, CLASSES, cache).orElseThrow();
        assertEquals(List.of(), archive.flags(false));
        Files.writeString(archive.archive(), "written by an earlier run");
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.archive(), ClassArchive.QUIET), archive.flags(false));
    }

    /**
     * A JVM asked to write an archive does not start with an agent (measured: the CLI exited 1 under a
     * profiler or debugger given in JAVA_TOOL_OPTIONS), so with one it is not asked; the JDK's own
     * debugger agent stands in for any.
     */
    @Test
    void aJvmWithAnAgentStartsBecauseItIsNotAskedToWriteTheArchive() throws Exception {
        String debugger = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0";
        List<String> writing = ClassArchive.forRun(FLAGS, CLASSES, cache, Map.of()).orElseThrow().flags(true);
        List<String> withAgent = new ArrayList<>(writing);
        withAgent.add(debugger);
        assertEquals(1, java(withAgent).exitCode(), "the premise: dumping refuses the agent");

        for (ClassArchive archive : List.of(
                ClassArchive.forRun(append(FLAGS, debugger), CLASSES, cache, Map.of()).orElseThrow(),
                ClassArchive.forRun(FLAGS, CLASSES, cache, Map.of("JAVA_TOOL_OPTIONS", "-Xss2m " + debugger)).orElseThrow(),
                ClassArchive.forRun(FLAGS, CLASSES, cache, Map.of("JDK_JAVA_OPTIONS", "-javaagent:x.jar")).orElseThrow())) {
            assertEquals(List.of(), archive.flags(true));
        }
        List<String> agentRun = new ArrayList<>(ClassArchive.forRun(append(FLAGS, debugger), CLASSES, cache,
                Map.of()).orElseThrow().flags(true));
        agentRun.add(debugger);
        Run run = java(agentRun);
        assertEquals(0, run.exitCode(), run.output());
        // the debugger announces its port first
        assertTrue(run.output().endsWith(expectedOutput()), run.output());
    }

    private static List<String> append(List<String> flags, String flag) {
        List<String> all = new ArrayList<>(flags);
        all.add(flag);
        return all;
    }

    @Test
    void aFailedRunLeavesNoArchive() throws IOException {
        ClassArchive archive = ClassArchive.forRun(FLAGS, CLASSES, cache).orElseThrow();
        String pending = archive.flags(true).get(0).substring("-XX:ArchiveClassesAtExit=".length());
        Files.writeString(Path.of(pending), "half written");

        archive.finish(1);

        try (var files = archivesIn(cache)) {
            assertEquals(0, files.count());
        }
    }

    /** The cache's files but the remembered class paths. */
    private static Stream<Path> archivesIn(Path cache) throws IOException {
        return Files.list(cache).filter(f -> !f.getFileName().toString().startsWith("classpath-"));
    }

    @Test
    void anotherJarVersionOrOtherFlagsGetTheirOwnArchive(@TempDir Path jars) throws IOException {
        Path jar = Files.writeString(jars.resolve("app.jar"), "v1");
        Path v1 = ClassArchive.forRun(FLAGS, jar.toString(), cache).orElseThrow().archive();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

        assertNotEquals(v1, ClassArchive.forRun(FLAGS, jar.toString(), cache).orElseThrow().archive());
        assertNotEquals(v1, ClassArchive.forRun(List.of("-Xmx2g"), jar.toString(), cache).orElseThrow().archive());
    }

    @Test
    void aChangedLibraryNamedInTheJarsManifestGetsItsOwnArchive(@TempDir Path jars) throws IOException {
        Path lib = Files.createDirectories(jars.resolve("lib"));
        Path transitive = Files.writeString(lib.resolve("native.jar"), "v1");
        Path library = jarNaming(lib.resolve("library.jar"), "native.jar");
        Path app = jarNaming(jars.resolve("app.jar"), "lib/library.jar lib/missing.jar");
        Path v1 = ClassArchive.forRun(FLAGS, app.toString(), cache).orElseThrow().archive();
        assertEquals(v1, ClassArchive.forRun(FLAGS, app.toString(), cache).orElseThrow().archive(), "nothing changed");

        touch(library);
        Path v2 = ClassArchive.forRun(FLAGS, app.toString(), cache).orElseThrow().archive();
        assertNotEquals(v1, v2, "java -jar app.jar: the library comes from app.jar's manifest, app.jar is unchanged");
        Files.writeString(transitive, "v2");
        touch(transitive); // same size: the key sees the new time, which a write within the clock's tick would not move
        assertNotEquals(v2, ClassArchive.forRun(FLAGS, app.toString(), cache).orElseThrow().archive(),
                "a jar named by a library's own manifest");
    }

    @Test
    void theClassPathsFilesIncludeWhatTheManifestsName(@TempDir Path jars) throws IOException {
        Path lib = Files.createDirectories(jars.resolve("lib"));
        Path library = lib.resolve("library.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(library))) { // the manifest not first
            zip.putNextEntry(new ZipEntry("Some.class"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            zip.write("Manifest-Version: 1.0\r\nClass-Path: ../app.jar other.jar\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path app = jarNaming(jars.resolve("app.jar"), "lib/library.jar");
        assertEquals(List.of(app, library, lib.resolve("other.jar")), ClassPathFiles.of(app.toString()),
                "in class-path order, each once, a file that is not there included (it has its own identity: none)");
    }

    @Test
    void theRememberedClassPathIsReadWhileItsFilesAreUnchangedAndRenewedWhenOneChanges(@TempDir Path jars)
            throws IOException {
        Path library = Files.writeString(jars.resolve("library.jar"), "v1");
        Path app = jarNaming(jars.resolve("app.jar"), "library.jar");
        List<String> first = ClassPathFiles.identities(app.toString(), cache);
        Path remembered;
        try (Stream<Path> files = Files.list(cache)) {
            remembered = files.filter(f -> f.getFileName().toString().startsWith("classpath-")).findFirst().orElseThrow();
        }
        assertEquals(first, Files.readAllLines(remembered));
        assertEquals(2, first.size(), first.toString());

        // a line the manifests do not give, with a true identity: read back, so the manifests were not
        String extra = ClassPathFiles.identities(jars.resolve("extra.jar").toString(), cache).get(0);
        Files.writeString(remembered, String.join("\n", first) + "\n" + extra + "\n");
        assertEquals(3, ClassPathFiles.identities(app.toString(), cache).size());

        touch(library);
        List<String> renewed = ClassPathFiles.identities(app.toString(), cache);
        assertEquals(2, renewed.size(), "read from the manifests again: " + renewed);
        assertNotEquals(first, renewed);
        assertEquals(renewed, Files.readAllLines(remembered));
    }

    /** An empty jar whose manifest's Class-Path is {@code classPath}. */
    private static Path jarNaming(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        return jar;
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
    }

    @Test
    void theUsersOwnSharingFlagsWin() {
        assertFalse(ClassArchive.forRun(List.of("-Xshare:off"), CLASSES, cache).isPresent());
        assertFalse(ClassArchive.forRun(List.of("-XX:SharedArchiveFile=/x.jsa"), CLASSES, cache).isPresent());
        assertTrue(ClassArchive.forRun(FLAGS, CLASSES, cache).isPresent());
    }

    @Test
    void aClassPathWithADirectoryIsNotArchived() {
        assertFalse(ClassArchive.forRun(FLAGS, CLASSES + File.pathSeparator + CLASS_DIR, cache).isPresent());
    }

    private static String expectedOutput() {
        return String.join("\n", NativeThreads.defaultJvmFlags()) + "\n";
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs {@link JvmFlags} (it prints a known text) in a fresh JVM with {@code archiveFlags}; stdout only. */
    private static Run java(List<String> archiveFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(FLAGS);
        command.addAll(archiveFlags);
        command.addAll(List.of("-cp", CLASSES, JvmFlags.class.getName()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    @Test
    void onlyTheNewestArchivesAreKept(@TempDir Path cache) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < ClassArchive.KEPT + 2; i++) {
            Path a = Files.writeString(cache.resolve(String.format("classes-%024x.jsa", i)), "archive " + i);
            Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000L * (i + 1)));
            written.add(a);
        }
        Path unrelated = Files.writeString(cache.resolve("notes.txt"), "not an archive");
        ClassArchive.pruneOlder(cache);
        for (int i = 0; i < written.size(); i++) {
            assertEquals(i >= 2, Files.exists(written.get(i)), written.get(i) + " kept: the " + ClassArchive.KEPT + " newest only");
        }
        assertTrue(Files.exists(unrelated));
    }
}
