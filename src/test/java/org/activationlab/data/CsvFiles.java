package org.activationlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small CSV files written for a test. */
final class CsvFiles {
    private CsvFiles() {
    }

    /** Writes {@code lines}, each followed by a newline, to {@code dir/name}. */
    static Path write(Path dir, String name, String... lines) {
        return bytes(dir, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code csv:PATH} of {@code file} read with {@code csv}, other options at their defaults. */
    static Dataset load(Path file, CsvOptions csv) {
        return Datasets.load(CsvDataset.PREFIX + file, DataOptions.defaults().withCsv(csv));
    }

    /** Rows of {@code label,x,y}: {@code perClass} rows of each label, x = class index + a small offset. */
    static Path classes(Path dir, String name, int perClass, String... labels) {
        StringBuilder s = new StringBuilder("label,x,y\n");
        for (int i = 0; i < perClass; i++) {
            for (int k = 0; k < labels.length; k++) {
                s.append(labels[k]).append(',').append(k * 10 + i % 3).append(',').append(i).append('\n');
            }
        }
        return bytes(dir, name, s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
