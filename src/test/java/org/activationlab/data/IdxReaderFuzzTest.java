package org.activationlab.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * No input makes the IDX reader throw anything but its own {@link DataFileException}.
 *
 * <p>{@code mvn test} replays the inputs stored under {@code src/test/resources/.../IdxReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test-compile surefire:test@fuzz-tests} fuzzes for new ones (any other exception,
 * or an out-of-memory, is a finding).
 */
class IdxReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsOrExplains(byte[] bytes) throws IOException {
        Path raw = Files.createTempFile("fuzz", ".idx");
        Path gz = Files.createTempFile("fuzz", ".idx.gz");
        try {
            Files.write(raw, bytes);
            Files.write(gz, gzip(bytes));
            readExpectingOnlyDataFileErrors(raw);
            readExpectingOnlyDataFileErrors(gz);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(gz);
        }
    }

    private static void readExpectingOnlyDataFileErrors(Path file) {
        try {
            // At most 10,000 examples: a header declaring billions of bytes must not exhaust the test's heap.
            IdxArray array = IdxReader.read(file, 10_000);
            if (array.values().length != (long) array.count() * array.exampleSize()) {
                throw new AssertionError("values do not match the declared shape for " + file);
            }
        } catch (DataFileException expected) {
            if (expected.getMessage() == null || !expected.getMessage().contains(file.toString())) {
                throw new AssertionError("error does not name the file: " + expected.getMessage());
            }
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
