package org.activationlab.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.activationlab.data.Dataset;
import org.activationlab.network.Task;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fashion-MNIST read straight from its gzip IDX files, for the benchmarks only.
 *
 * <p>Pixels are scaled to [0, 1] and labels one-hot, exactly as {@code bench/peer_torch.py} reads
 * them, so both sides train on the same numbers.
 */
final class FashionMnistFiles {
    static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");

    private FashionMnistFiles() {
    }

    /** The first {@code trainLimit} training and {@code testLimit} test examples (0 = all). */
    static Dataset load(Path dir, int trainLimit, int testLimit) throws IOException {
        DataSet train = read(dir, "train", trainLimit);
        DataSet test = read(dir, "t10k", testLimit);
        return new Dataset("fashion-mnist", Task.MULTICLASS, train, test,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                Map.of("train", train.numExamples(), "test", test.numExamples()));
    }

    private static DataSet read(Path dir, String prefix, int limit) throws IOException {
        byte[] pixels;
        byte[] labels;
        int rows;
        int size;
        try (DataInputStream in = open(dir.resolve(prefix + "-images-idx3-ubyte.gz"))) {
            expectMagic(in, 2051, prefix);
            int n = in.readInt();
            size = in.readInt() * in.readInt();
            rows = limit > 0 ? Math.min(limit, n) : n;
            pixels = in.readNBytes(rows * size);
        }
        try (DataInputStream in = open(dir.resolve(prefix + "-labels-idx1-ubyte.gz"))) {
            expectMagic(in, 2049, prefix);
            in.readInt();
            labels = in.readNBytes(rows);
        }
        float[] x = new float[rows * size];
        for (int i = 0; i < x.length; i++) {
            x[i] = (pixels[i] & 0xFF) / 255f;
        }
        float[] y = new float[rows * 10];
        for (int i = 0; i < rows; i++) {
            y[i * 10 + labels[i]] = 1f;
        }
        return new DataSet(Nd4j.create(x, new long[]{rows, size}, 'c'), Nd4j.create(y, new long[]{rows, 10}, 'c'));
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file + ": install Fashion-MNIST's gzip IDX files there or pass --data DIR");
        }
        InputStream raw = Files.newInputStream(file);
        return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
    }

    private static void expectMagic(DataInputStream in, int expected, String prefix) throws IOException {
        int magic = in.readInt();
        if (magic != expected) {
            throw new IOException(prefix + ": not an IDX file (magic " + magic + ", expected " + expected + ")");
        }
    }
}
