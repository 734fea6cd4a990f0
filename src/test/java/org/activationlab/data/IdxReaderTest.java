package org.activationlab.data;

import static org.activationlab.data.IdxTestFiles.gzip;
import static org.activationlab.data.IdxTestFiles.idx;
import static org.activationlab.data.IdxTestFiles.pixels;
import static org.activationlab.data.IdxTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {
    @TempDir
    Path dir;

    private final byte[] images = idx(new int[]{5, 3, 4}, pixels(5, 3, 4));

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsBackExactlyWhatWasWritten(boolean gzipped) {
        Path file = write(dir.resolve("images"), gzipped ? gzip(images) : images);
        IdxArray read = IdxReader.read(file);
        assertArrayEquals(new int[]{5, 3, 4}, read.declared());
        assertEquals(5, read.count());
        assertEquals(12, read.exampleSize());
        assertArrayEquals(pixels(5, 3, 4), read.values());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void limitReadsOnlyTheFirstExamples(boolean gzipped) {
        Path file = write(dir.resolve("images"), gzipped ? gzip(images) : images);
        IdxArray read = IdxReader.read(file, 2);
        assertEquals(2, read.count());
        assertArrayEquals(Arrays.copyOf(pixels(5, 3, 4), 24), read.values());
        assertEquals(5, IdxReader.read(file, 99).count());
    }

    @Test
    void wrongMagicNumber() {
        byte[] bytes = images.clone();
        bytes[0] = 0x12;
        assertDefect(write(dir.resolve("bad-magic"), bytes), "wrong magic number 0x12000803");
    }

    @Test
    void unsupportedElementType() {
        byte[] bytes = images.clone();
        bytes[2] = 0x0D; // float
        assertDefect(write(dir.resolve("floats"), bytes), "element type 0x0D is not supported");
    }

    @Test
    void fileShorterThanTheMagicNumber() {
        assertDefect(write(dir.resolve("tiny"), new byte[]{0, 0}), "truncated: 2 bytes");
    }

    @Test
    void headerCutInsideTheSizes() {
        assertDefect(write(dir.resolve("short-header"), Arrays.copyOf(images, 9)), "ends after 5 of their 12");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void dataCutShort(boolean gzipped) {
        byte[] cut = Arrays.copyOf(images, images.length - 7);
        assertDefect(write(dir.resolve("cut"), gzipped ? gzip(cut) : cut),
                "truncated: the header declares 5 examples of 3×4 (60 data bytes) but the file ends after 53");
    }

    @Test
    void gzipStreamCutShort() {
        byte[] gz = gzip(images);
        assertDefect(write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2)), "truncated: the gzip stream ends early");
    }

    @Test
    void corruptGzipStream() {
        byte[] gz = gzip(images);
        for (int i = 12; i < gz.length - 8; i++) {
            gz[i] = (byte) 0xFF;
        }
        assertDefect(write(dir.resolve("garbled.gz"), gz), "not a valid gzip stream");
    }

    @Test
    void moreDataThanTheHeaderDeclares() {
        byte[] longer = Arrays.copyOf(images, images.length + 12);
        assertDefect(write(dir.resolve("long"), longer), "extra data after the 5 examples of 3×4");
    }

    @Test
    void examplesTooLargeForAnArrayEvenWhenTheirSizeOverflowsALong() {
        byte[] header = idx(new int[]{1, 65_536, 65_536, 65_536, 65_536}, new byte[0]); // 2^64 bytes: 0 in a long
        assertDefect(write(dir.resolve("huge"), header), "header declares examples of more than");
        byte[] big = idx(new int[]{3, 65_536, 32_768}, new byte[0]); // 2^31 bytes per example
        assertDefect(write(dir.resolve("big"), big), "header declares examples of more than");
    }

    @Test
    void anEmptyDimensionMakesEmptyExamples() {
        IdxArray read = IdxReader.read(write(dir.resolve("empty"), idx(new int[]{2, 65_536, 65_536, 0}, new byte[0])));
        assertEquals(2, read.count());
        assertEquals(0, read.values().length);
    }

    @Test
    void missingOrUnreadableFile() {
        assertDefect(dir.resolve("absent"), "no such file");
        assertDefect(dir, "is a directory");
    }

    private static void assertDefect(Path file, String defect) {
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(defect), "expected '" + defect + "' in: " + e.getMessage());
    }
}
