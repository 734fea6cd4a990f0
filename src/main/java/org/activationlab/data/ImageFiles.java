package org.activationlab.data;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fashion-MNIST and MNIST from their four IDX files ({@code train-images-idx3-ubyte[.gz]} …), read from a
 * {@link DataDirectory}: 28×28 grey images flattened to 784 features scaled to [0, 1], one-hot labels of
 * 10 classes, the files' own train/test split (60,000 / 10,000).
 */
public final class ImageFiles {
    /** Fashion-MNIST's class names, in label order. */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** MNIST's classes are the digits. */
    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    static final String INSTALL = "apt-get install dataset-fashion-mnist";

    private ImageFiles() {
    }

    /** Fashion-MNIST; {@code options.limit()} keeps the first N examples of each split. */
    public static Dataset fashionMnist(DataOptions options) {
        return load("fashion-mnist", FASHION_CLASSES, DataDirectory.of(options), options.limit());
    }

    /** MNIST digits: the same four file names, in a directory the user names (there is no default copy). */
    public static Dataset mnist(DataOptions options) {
        DataDirectory where = DataDirectory.of(options);
        if (!where.chosen()) {
            throw new IllegalArgumentException("mnist: no directory given, and " + DataDirectory.DEFAULT
                    + " holds Fashion-MNIST. Put MNIST's train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
                    + "t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz in a directory and pass --data-dir DIR, "
                    + "-D" + DataDirectory.PROPERTY + "=DIR or " + DataDirectory.ENV + "=DIR");
        }
        return load("mnist", DIGITS, where, options.limit());
    }

    static Dataset load(String name, List<String> classes, DataDirectory where, int limit) {
        Path trainImages = locate(name, where, "train-images-idx3-ubyte");
        Path trainLabels = locate(name, where, "train-labels-idx1-ubyte");
        Path testImages = locate(name, where, "t10k-images-idx3-ubyte");
        Path testLabels = locate(name, where, "t10k-labels-idx1-ubyte");
        DataSet train = examples(IdxReader.read(trainImages, limit), IdxReader.read(trainLabels, limit), classes.size());
        DataSet test = examples(IdxReader.read(testImages, limit), IdxReader.read(testLabels, limit), classes.size());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("directory", where.dir().toString());
        parameters.put("files", List.of(trainImages.getFileName().toString(), trainLabels.getFileName().toString(),
                testImages.getFileName().toString(), testLabels.getFileName().toString()));
        parameters.put("limit", limit);
        parameters.put("feature_scaling", "pixel / 255 (in [0, 1])");
        return new Dataset(name, Task.MULTICLASS, train, test, classes, parameters);
    }

    /** The file {@code base}.gz or {@code base}; when neither exists, one error that says how to get them. */
    static Path locate(String name, DataDirectory where, String base) {
        for (String candidate : new String[]{base + ".gz", base}) {
            Path file = where.dir().resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        String missing = Files.isDirectory(where.dir()) ? "" : ", a directory that does not exist";
        throw new IllegalArgumentException(name + ": " + base + "(.gz) not found in " + where.dir().toAbsolutePath()
                + " (" + where.origin() + missing + "). Install Fashion-MNIST with `" + INSTALL + "`, or point to a directory "
                + "holding the four IDX files with --data-dir DIR, -D" + DataDirectory.PROPERTY + "=DIR or "
                + DataDirectory.ENV + "=DIR");
    }

    /**
     * Pixels / 255 as features [n, pixels] and one-hot labels [n, classes]; checks that the two files
     * match and every label is a class.
     */
    static DataSet examples(IdxArray images, IdxArray labels, int classes) {
        if (images.declared().length < 2) {
            throw new DataFileException(images.file(), "expected an image file (3 dimensions: count, rows, columns), "
                    + "found " + images.declared().length + " dimension(s): is this a label file?");
        }
        if (labels.declared().length != 1) {
            throw new DataFileException(labels.file(), "expected a label file (1 dimension), found "
                    + labels.declared().length + " dimensions: is this an image file?");
        }
        if (images.declared()[0] != labels.declared()[0]) {
            throw new DataFileException(labels.file(), "declares " + labels.declared()[0] + " labels but "
                    + images.file().getFileName() + " declares " + images.declared()[0] + " images");
        }
        int n = images.count();
        int pixels = images.exampleSize();
        if (n == 0 || pixels == 0) {
            throw new DataFileException(images.file(), "holds no images: the header declares "
                    + IdxReader.describe(images.declared()));
        }
        float[] y = new float[n * classes];
        byte[] label = labels.values();
        for (int i = 0; i < n; i++) {
            int k = label[i] & 0xFF;
            if (k >= classes) {
                throw new DataFileException(labels.file(), "label " + k + " of example " + i + " is outside 0–"
                        + (classes - 1));
            }
            y[i * classes + k] = 1;
        }
        INDArray features = scaledPixels(images.values(), n, pixels);
        INDArray oneHot = Nd4j.create(y, new long[]{n, classes}, 'c');
        return new DataSet(features, oneHot);
    }

    /** Each byte's pixel value, b / 255 in float: a table lookup costs less than a division per pixel. */
    private static final float[] SCALED = new float[256];

    static {
        for (int b = 0; b < SCALED.length; b++) {
            SCALED[b] = b / 255f;
        }
    }

    /**
     * Bytes / 255 written straight into the array's native memory in 64 K chunks: half the time and none
     * of the heap of building a float[] copy of 47 million pixels first. The division comes from a table
     * ({@link #SCALED}, the same floats): under the quick JIT tier, which does not vectorise the loop, a
     * division per pixel took 121 ms of a 10,000-image compare's start (BENCHMARKS.md, round 7).
     */
    private static INDArray scaledPixels(byte[] raw, int n, int pixels) {
        INDArray features = Nd4j.createUninitialized(DataType.FLOAT, n, pixels);
        FloatBuffer target = features.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        float[] chunk = new float[1 << 16];
        for (int from = 0; from < raw.length; from += chunk.length) {
            int length = Math.min(chunk.length, raw.length - from);
            for (int i = 0; i < length; i++) {
                chunk[i] = SCALED[raw[from + i] & 0xFF];
            }
            target.put(chunk, 0, length);
        }
        return features;
    }
}
