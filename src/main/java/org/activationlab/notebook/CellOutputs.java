package org.activationlab.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * What one code cell produced, in order, as nbformat outputs.
 *
 * <p>Text written to {@code System.out}/{@code System.err} becomes a {@code stream} output (consecutive
 * writes to the same stream merge, as in Jupyter); {@code display(x)} becomes {@code display_data};
 * the value of a cell's last expression becomes {@code execute_result}. Images are PNG, base64,
 * under {@code image/png}, everything else {@code text/plain}: what IJava's renderer does.
 */
public final class CellOutputs {
    private final int executionCount;
    private final List<Object> items = new ArrayList<>();

    /** A run of bytes written to one stream. */
    private static final class StreamChunk {
        final String name;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StreamChunk(String name) {
            this.name = name;
        }
    }

    /** A display_data or execute_result output. */
    private record Rich(String outputType, ObjectNode data) {
    }

    public CellOutputs(int executionCount) {
        this.executionCount = executionCount;
    }

    public int executionCount() {
        return executionCount;
    }

    /** A stream for {@code System.out} ("stdout") or {@code System.err} ("stderr"). */
    public PrintStream stream(String name) {
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                chunk(name).write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                chunk(name).write(b, off, len);
            }
        };
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    private synchronized ByteArrayOutputStream chunk(String name) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof StreamChunk last && last.name.equals(name)) {
            return last.bytes;
        }
        StreamChunk next = new StreamChunk(name);
        items.add(next);
        return next.bytes;
    }

    /** {@code display(value)}: an image as PNG, anything else as its text. */
    public synchronized void display(Object value) {
        items.add(new Rich("display_data", render(value)));
    }

    /** The value of the cell's last expression; null shows nothing, like IJava. */
    public synchronized void result(Object value) {
        if (value != null) {
            items.add(new Rich("execute_result", render(value)));
        }
    }

    /** The outputs as an nbformat "outputs" list. */
    public synchronized ArrayNode toJson() {
        ArrayNode outputs = Notebook.mapper().createArrayNode();
        for (Object item : items) {
            ObjectNode out = outputs.addObject();
            if (item instanceof StreamChunk s) {
                out.put("name", s.name);
                out.put("output_type", "stream");
                out.set("text", Notebook.splitLines(s.bytes.toString(StandardCharsets.UTF_8)));
            } else if (item instanceof Rich r) {
                out.set("data", r.data());
                if (r.outputType().equals("execute_result")) {
                    out.put("execution_count", executionCount);
                }
                out.set("metadata", Notebook.mapper().createObjectNode());
                out.put("output_type", r.outputType());
            }
        }
        return outputs;
    }

    private static ObjectNode render(Object value) {
        ObjectNode data = Notebook.mapper().createObjectNode();
        if (value instanceof RenderedImage image) {
            data.put("image/png", png(image));
            data.set("text/plain", Notebook.splitLines(describe(image)));
        } else {
            data.set("text/plain", Notebook.splitLines(String.valueOf(value)));
        }
        return data;
    }

    private static String describe(RenderedImage image) {
        String kind = image instanceof BufferedImage ? "BufferedImage" : "image";
        return kind + " " + image.getWidth() + "x" + image.getHeight();
    }

    static String png(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the image as PNG", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
