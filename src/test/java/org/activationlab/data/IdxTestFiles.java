package org.activationlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, byte by byte as the format specifies. */
final class IdxTestFiles {
    private IdxTestFiles() {
    }

    /** The bytes of an unsigned-byte IDX file with dimensions {@code dims} and {@code values}. */
    static byte[] idx(int[] dims, byte[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + values.length); // big-endian, as IDX wants
        b.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        b.put(values);
        return b.array();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} images of rows×cols whose pixel j of image i is (7i + j) mod 256. */
    static byte[] pixels(int n, int rows, int cols) {
        byte[] v = new byte[n * rows * cols];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < rows * cols; j++) {
                v[i * rows * cols + j] = (byte) ((7 * i + j) % 256);
            }
        }
        return v;
    }

    /** The four files of an MNIST-style directory: {@code train} and {@code test} images of 2×3 pixels. */
    static void writeImageSet(Path dir, int train, int test, boolean gzip) {
        writeSplit(dir, "train", train, gzip);
        writeSplit(dir, "t10k", test, gzip);
    }

    private static void writeSplit(Path dir, String prefix, int n, boolean gzip) {
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
        }
        String suffix = gzip ? ".gz" : "";
        byte[] images = idx(new int[]{n, 2, 3}, pixels(n, 2, 3));
        byte[] labelFile = idx(new int[]{n}, labels);
        write(dir.resolve(prefix + "-images-idx3-ubyte" + suffix), gzip ? gzip(images) : images);
        write(dir.resolve(prefix + "-labels-idx1-ubyte" + suffix), gzip ? gzip(labelFile) : labelFile);
    }
}
