package org.activationlab.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.activationlab.io.AtomicFiles;

/**
 * A Jupyter notebook (nbformat 4) kept as its JSON tree, so metadata the executor does not know
 * about survives a round trip.
 *
 * @param name file name, used in messages (e.g. "01-activation-functions.ipynb")
 * @param json the whole document
 */
public record Notebook(String name, ObjectNode json) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One cell: its 1-based position among all cells, its type and its source text. */
    public record Cell(int number, String type, String source) {
        public boolean isCode() {
            return type.equals("code");
        }
    }

    /** Reads a notebook; a file that is not nbformat 4 fails with the file name and what is wrong. */
    public static Notebook read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a readable notebook (" + e.getMessage() + ")", e);
        }
        if (!(root instanceof ObjectNode doc) || doc.path("nbformat").asInt() != 4 || !doc.path("cells").isArray()) {
            throw new IllegalArgumentException(file + ": expected a Jupyter notebook in nbformat 4 with a \"cells\" list");
        }
        return new Notebook(file.getFileName().toString(), doc);
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        int number = 1;
        for (JsonNode cell : json.get("cells")) {
            cells.add(new Cell(number++, cell.path("cell_type").asText(), joinLines(cell.get("source"))));
        }
        return cells;
    }

    /**
     * A copy with each code cell's outputs and execution count replaced.
     *
     * @param executed per code cell, in order: the outputs it produced
     */
    public Notebook withOutputs(List<CellOutputs> executed) {
        ObjectNode copy = json.deepCopy();
        int next = 0;
        for (JsonNode cell : copy.get("cells")) {
            if (cell.path("cell_type").asText().equals("code")) {
                CellOutputs outputs = executed.get(next++);
                ((ObjectNode) cell).put("execution_count", outputs.executionCount());
                ((ObjectNode) cell).set("outputs", outputs.toJson());
            }
        }
        if (next != executed.size()) {
            throw new IllegalArgumentException(name + ": " + executed.size() + " executed cells for " + next + " code cells");
        }
        return new Notebook(name, copy);
    }

    /** The notebook as Jupyter writes it (see {@link NbJson}). */
    public String toJson() {
        return NbJson.write(json);
    }

    /** Writes the notebook atomically, so an interrupted run never leaves half a file; keeps its permissions. */
    public void write(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.exists(file)
                    && Files.getFileStore(file).supportsFileAttributeView("posix") ? Files.getPosixFilePermissions(file) : null;
            AtomicFiles.writeString(file, toJson());
            if (permissions != null) {
                Files.setPosixFilePermissions(file, permissions);  // keep the notebook's own permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not write the notebook", e);
        }
    }

    /** nbformat stores multi-line text either as one string or as a list of lines. */
    static String joinLines(JsonNode text) {
        if (text == null || text.isNull()) {
            return "";
        }
        if (text.isArray()) {
            StringBuilder sb = new StringBuilder();
            text.forEach(line -> sb.append(line.asText()));
            return sb.toString();
        }
        return text.asText();
    }

    /** Splits text into lines that keep their "\n", the list form Jupyter writes. */
    static ArrayNode splitLines(String text) {
        ArrayNode lines = MAPPER.createArrayNode();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads every notebook in {@code dir} ({@code *.ipynb}), sorted by name. */
    public static List<Path> list(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list notebooks", e);
        }
    }
}
