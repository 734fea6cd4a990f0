package org.activationlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookExecutorTest {

    /** A notebook of code cells (a leading "#" line makes a markdown cell instead). */
    static Notebook notebook(String... cells) {
        ObjectNode doc = Notebook.mapper().createObjectNode();
        ArrayNode list = doc.putArray("cells");
        for (String source : cells) {
            ObjectNode cell = list.addObject();
            boolean markdown = source.startsWith("#");
            cell.put("cell_type", markdown ? "markdown" : "code");
            cell.set("metadata", Notebook.mapper().createObjectNode());
            cell.set("source", Notebook.splitLines(source));
            if (!markdown) {
                cell.putNull("execution_count");
                cell.putArray("outputs");
            }
        }
        doc.putObject("metadata");
        doc.put("nbformat", 4);
        doc.put("nbformat_minor", 5);
        return new Notebook("test.ipynb", doc);
    }

    static JsonNode outputs(Notebook nb, int cellIndex) {
        return nb.json().get("cells").get(cellIndex).get("outputs");
    }

    static String text(JsonNode textLines) {
        return Notebook.joinLines(textLines);
    }

    @Test
    void capturesTheCellsThreadsButNotOtherThreadsOfTheJvm() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread noise = new Thread(() -> {
            while (!stop.get()) {
                // Written while the cells run, from a thread that is not theirs: belongs in the log only.
                System.out.println("background thread output (not the notebook's)");
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        noise.start();
        try {
            Notebook done = new NotebookExecutor().execute(notebook(
                    "Thread t = new Thread(() -> System.out.println(\"from the cell's thread\"));\n"
                            + "t.start();\nt.join();\nThread.sleep(200);\nSystem.out.println(\"from the cell\");"));
            JsonNode printed = outputs(done, 0);
            assertEquals(1, printed.size(), printed.toString());
            assertEquals("from the cell's thread\nfrom the cell\n", text(printed.get(0).get("text")));
        } finally {
            stop.set(true);
            noise.join();
        }
    }

    @Test
    void runsCellsInOneShellAndCapturesPrintedText() {
        Notebook done = new NotebookExecutor().execute(notebook(
                "int x = 20;\nint twice(int v) {\n    return 2 * v;\n}",
                "# prose between cells",
                "System.out.println(\"twice: \" + twice(x));\nSystem.out.println(\"done\");"));
        JsonNode printed = outputs(done, 2);
        assertEquals(1, printed.size(), "consecutive prints merge into one stream output");
        assertEquals("stream", printed.get(0).get("output_type").asText());
        assertEquals("stdout", printed.get(0).get("name").asText());
        assertEquals("twice: 40\ndone\n", text(printed.get(0).get("text")));
        assertEquals(2, done.json().get("cells").get(2).get("execution_count").asInt());
        assertEquals(0, outputs(done, 0).size(), "declarations show nothing");
    }

    @Test
    void showsTheLastExpressionLikeIJava() {
        Notebook done = new NotebookExecutor().execute(notebook(
                "List<Integer> xs = List.of(1, 2, 3);\nxs.size() * 10",
                "int y = 5;",
                "String s = \"ignored\";\ns"));
        JsonNode result = outputs(done, 0).get(0);
        assertEquals("execute_result", result.get("output_type").asText());
        assertEquals("30", text(result.get("data").get("text/plain")));
        assertEquals(1, result.get("execution_count").asInt());
        assertEquals(0, outputs(done, 1).size(), "a declaration's value is not shown");
        assertEquals("ignored", text(outputs(done, 2).get(0).get("data").get("text/plain")), "a variable on its own is");
    }

    @Test
    void imagesBecomePngOutputsInOrderWithText() throws Exception {
        Notebook done = new NotebookExecutor().execute(notebook(
                "import java.awt.image.BufferedImage;\n"
                        + "BufferedImage img(int w) { return new BufferedImage(w, 7, BufferedImage.TYPE_INT_RGB); }",
                "System.out.println(\"before\");\ndisplay(img(11));\nSystem.out.println(\"after\");\nimg(13)"));
        JsonNode out = outputs(done, 1);
        assertEquals(4, out.size());
        assertEquals("before\n", text(out.get(0).get("text")));
        assertEquals("display_data", out.get(1).get("output_type").asText());
        assertEquals(11, decode(out.get(1)).getWidth());
        assertEquals("after\n", text(out.get(2).get("text")));
        assertEquals("execute_result", out.get(3).get("output_type").asText());
        assertEquals(13, decode(out.get(3)).getWidth());
    }

    private static BufferedImage decode(JsonNode output) throws Exception {
        byte[] png = Base64.getDecoder().decode(output.get("data").get("image/png").asText());
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void classPathMagicsAreSkippedAndOthersFail() {
        Notebook done = new NotebookExecutor().execute(notebook(
                "%jars ../target/activation-lab.jar\n%classpath ../target/classes\n%maven org.x:y:1\n"
                        + "import org.activationlab.network.Activation;\nActivation.parse(\"relu\")"));
        assertEquals("relu", text(outputs(done, 0).get(0).get("data").get("text/plain")));

        NotebookFailure line = assertThrows(NotebookFailure.class,
                () -> new NotebookExecutor().execute(notebook("int a = 1;", "%time a + 1")));
        assertEquals(2, line.cell());
        assertTrue(line.getMessage().startsWith("test.ipynb, cell 2: line magic %time is not supported"), line.getMessage());

        Magics.UnsupportedMagicException cell = assertThrows(Magics.UnsupportedMagicException.class,
                () -> Magics.strip("%%bash\necho hi"));
        assertTrue(cell.getMessage().startsWith("cell magic %%bash is not supported"), cell.getMessage());
        assertEquals("\n  int a = 5 % 2;\n", Magics.strip("%classpath x\n  int a = 5 % 2;"), "magic lines blank, code kept");
    }

    @Test
    void compileErrorsNameTheCellAndTheProblem() {
        NotebookFailure e = assertThrows(NotebookFailure.class, () -> new NotebookExecutor().execute(
                notebook("int a = 1;", "# text", "int b = a +;", "System.out.println(\"never\");")));
        assertEquals(3, e.cell());
        assertTrue(e.getMessage().startsWith("test.ipynb, cell 3: compile error: "), e.getMessage());
        assertTrue(e.getMessage().contains("int b = a +;"), e.getMessage());

        NotebookFailure missingImport = assertThrows(NotebookFailure.class,
                () -> new NotebookExecutor().execute(notebook("var xs = IntStream.range(0, 3).boxed().toList();")));
        assertTrue(missingImport.getMessage().contains("IntStream"), "IJava does not import java.util.stream");

        NotebookFailure incomplete = assertThrows(NotebookFailure.class,
                () -> new NotebookExecutor().execute(notebook("void f() {\n  int q = 1;")));
        assertTrue(incomplete.getMessage().contains("incomplete code"), incomplete.getMessage());
    }

    @Test
    void exceptionsNameTheCellTypeAndMessage() {
        NotebookFailure e = assertThrows(NotebookFailure.class, () -> new NotebookExecutor().execute(notebook(
                "int ok = 1;",
                "import org.activationlab.network.Activation;\nActivation.parse(\"swish\");")));
        assertEquals(2, e.cell());
        assertTrue(e.getMessage().contains("java.lang.IllegalArgumentException: unknown activation 'swish'"), e.getMessage());
    }

    @Test
    void propertiesAreSetForTheRunAndRestoredAfter() {
        assertNull(System.getProperty("MAX_EPOCH"));
        Notebook done = new NotebookExecutor(Map.of("MAX_EPOCH", "2"))
                .execute(notebook("Integer.getInteger(\"MAX_EPOCH\", 10)"));
        assertEquals("2", text(outputs(done, 0).get(0).get("data").get("text/plain")));
        assertNull(System.getProperty("MAX_EPOCH"));
    }

    @Test
    void writesJsonTheWayJupyterDoes(@TempDir Path dir) throws Exception {
        Notebook nb = new NotebookExecutor().execute(notebook("System.out.println(\"é \\\"q\\\"\\t\");"));
        Path file = dir.resolve("n.ipynb");
        nb.write(file);
        String json = Files.readString(file);
        // json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        assertTrue(json.startsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n"), json);
        assertTrue(json.contains("\"text\": [\n      \"é \\\"q\\\"\\t\\n\"\n     ]"), json);
        assertTrue(json.contains("\"metadata\": {},"), json);
        assertTrue(json.endsWith("\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"), json);
        assertEquals(json, Notebook.read(file).toJson(), "reading and writing again changes nothing");
    }

    @Test
    void classPathFollowsJarManifestsLikeJavaDashCp(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path dependency = lib.resolve("dep.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(dependency))) {
            out.putNextEntry(new java.util.jar.JarEntry("x.txt"));
        }
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/dep.jar lib/missing.jar");
        Path app = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(app), manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("y.txt"));
        }
        assertEquals(java.util.List.of(app.toString(), dependency.toString()), ClassPath.expand(app.toString()),
                "the jar, then what its manifest names (missing entries left out)");
    }

    @Test
    void runnerWritesOutputsAndReportsFailuresWithExitCode(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.ipynb");
        Files.writeString(ok, notebook("%jars ../target/activation-lab.jar", "System.out.println(6 * 7);").toJson());
        assertEquals(0, new picocli.CommandLine(new NotebookRunner()).execute("--write", dir.toString()));
        Notebook written = Notebook.read(ok);
        assertEquals("42\n", text(outputs(written, 1).get(0).get("text")));

        Path broken = dir.resolve("zz-broken.ipynb");
        Files.writeString(broken, notebook("int q = ;").toJson());
        assertEquals(1, new picocli.CommandLine(new NotebookRunner()).execute(broken.toString()));
        assertEquals(2, new picocli.CommandLine(new NotebookRunner()).execute("--no-such-option"));
    }
}
