package org.activationlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the format of MNIST and Fashion-MNIST), gzipped or raw, in bulk.
 *
 * <p>Layout: magic {@code 0x00 0x00 type ndims}, then ndims big-endian 32-bit sizes, then the values
 * row-major. Only type 0x08 (unsigned byte) is supported, which is what the image and label files use.
 * Gzip is recognised by its first two bytes, not by the file name. Every defect is reported as a
 * {@link DataFileException} naming the file.
 */
public final class IdxReader {
    static final int UNSIGNED_BYTE = 0x08;
    private static final int BUFFER = 1 << 16;
    /** The largest byte[] a JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private IdxReader() {
    }

    /** Reads the whole file. */
    public static IdxArray read(Path file) {
        return read(file, 0);
    }

    /**
     * Reads the header and the first {@code limit} examples (0: all; a limit beyond the file reads all).
     * With a limit the bytes after those examples are neither read nor checked.
     */
    public static IdxArray read(Path file, int limit) {
        try (InputStream in = open(file)) {
            int[] declared = readHeader(in, file);
            int count = limit > 0 ? Math.min(limit, declared[0]) : declared[0];
            long size = (long) count * exampleSize(declared);
            if (size > MAX_ARRAY) {
                throw new DataFileException(file, "header declares " + size + " bytes, more than one Java array holds");
            }
            byte[] values = in.readNBytes((int) size);
            if (values.length < size) {
                throw new DataFileException(file, "truncated: the header declares " + describe(declared)
                        + " (" + size + " data bytes) but the file ends after " + values.length);
            }
            if (count == declared[0] && in.read() != -1) {
                throw new DataFileException(file, "extra data after the " + describe(declared)
                        + " the header declares: the header's sizes are wrong or two files were joined");
            }
            return new IdxArray(file, declared, count, values);
        } catch (EOFException e) {
            throw new DataFileException(file, "truncated: the gzip stream ends early (" + e.getMessage() + ")", e);
        } catch (ZipException e) {
            throw new DataFileException(file, "not a valid gzip stream (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw DataFileException.unreadable(file, e);
        }
    }

    /** A buffered stream of the file's bytes, un-gzipped when it starts with the gzip magic 1f 8b. */
    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new DataFileException(file, "is a directory, not an IDX file");
        }
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
        } catch (IOException | RuntimeException e) { // e.g. a truncated gzip header: nobody else will close it
            raw.close();
            throw e;
        }
    }

    private static int[] readHeader(InputStream in, Path file) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4) {
            throw new DataFileException(file, "truncated: " + magic.length + " bytes, shorter than the 4-byte IDX magic number");
        }
        int type = magic[2] & 0xFF;
        int dims = magic[3] & 0xFF;
        if (magic[0] != 0 || magic[1] != 0 || dims == 0) {
            throw new DataFileException(file, String.format("wrong magic number 0x%02X%02X%02X%02X: an IDX file starts with "
                    + "00 00, a type byte and a dimension count (0x00000803 for images, 0x00000801 for labels)",
                    magic[0], magic[1], magic[2], magic[3]));
        }
        if (type != UNSIGNED_BYTE) {
            throw new DataFileException(file, String.format("element type 0x%02X is not supported: expected 0x08 "
                    + "(unsigned byte), as in MNIST", type));
        }
        byte[] sizes = in.readNBytes(4 * dims);
        if (sizes.length < 4 * dims) {
            throw new DataFileException(file, "truncated: the header declares " + dims + " dimensions but ends after "
                    + sizes.length + " of their " + 4 * dims + " bytes");
        }
        int[] declared = new int[dims];
        for (int d = 0; d < dims; d++) {
            declared[d] = ((sizes[4 * d] & 0xFF) << 24) | ((sizes[4 * d + 1] & 0xFF) << 16)
                    | ((sizes[4 * d + 2] & 0xFF) << 8) | (sizes[4 * d + 3] & 0xFF);
            if (declared[d] < 0) {
                throw new DataFileException(file, "dimension " + d + " has a negative size " + declared[d]);
            }
        }
        boolean empty = Arrays.stream(declared, 1, dims).anyMatch(size -> size == 0);
        long exampleBytes = 1;
        for (int d = 1; d < dims && !empty; d++) {
            exampleBytes *= declared[d]; // < 2^31 times < 2^31: cannot overflow a long
            if (exampleBytes > MAX_ARRAY) {
                throw new DataFileException(file, "header declares examples of more than " + MAX_ARRAY
                        + " bytes (dimensions " + Arrays.toString(declared) + "): not an image or label file");
            }
        }
        return declared;
    }

    /** Product of all dimensions but the first (the reader has checked that it fits an array). */
    static int exampleSize(int[] declared) {
        long size = 1;
        for (int d = 1; d < declared.length; d++) {
            size *= declared[d];
        }
        return Math.toIntExact(size);
    }

    /** "60000 examples of 28×28". */
    static String describe(int[] declared) {
        StringBuilder s = new StringBuilder().append(declared[0]).append(" examples");
        for (int d = 1; d < declared.length; d++) {
            s.append(d == 1 ? " of " : "×").append(declared[d]);
        }
        return s.toString();
    }
}
