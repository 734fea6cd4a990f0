package org.activationlab.data;

import static org.activationlab.data.IdxTestFiles.idx;
import static org.activationlab.data.IdxTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.activationlab.network.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;

class ImageFilesTest {
    @TempDir
    Path dir;

    /** 40 images of 6 pixels, (7i + j) mod 256, cover every byte value: each must be the float b / 255f exactly. */
    @Test
    void everyByteValueBecomesExactlyTheFloatQuotient() {
        IdxTestFiles.writeImageSet(dir, 40, 12, false);
        INDArray x = Datasets.load("mnist", DataOptions.defaults().withDataDir(dir)).train().getFeatures();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 6; j++) {
                int b = (7 * i + j) % 256;
                seen.add(b);
                assertEquals(b / 255f, x.getFloat(i, j), 0f, "byte " + b);
            }
        }
        assertTrue(seen.size() > 200, "most byte values are covered: " + seen.size());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsPixelsScaledToUnitRangeAndOneHotLabels(boolean gzipped) {
        IdxTestFiles.writeImageSet(dir, 40, 12, gzipped);
        Dataset data = Datasets.load("mnist", DataOptions.defaults().withDataDir(dir));
        assertEquals(Task.MULTICLASS, data.task());
        assertEquals(ImageFiles.DIGITS, data.classNames());
        assertEquals(40, data.train().numExamples());
        assertEquals(12, data.test().numExamples());
        assertEquals(6, data.numFeatures());
        INDArray x = data.train().getFeatures();
        // pixel j of image i was written as (7i + j) mod 256
        assertEquals((7 * 3 + 5) / 255.0, x.getDouble(3, 5), 1e-7);
        assertEquals(1.0, x.getDouble(36, 3), 1e-7); // 7·36 + 3 = 255
        assertEquals(0.0, x.getDouble(0, 0), 0);
        INDArray y = data.test().getLabels();
        assertEquals(10, y.columns());
        assertArrayEquals(new double[]{0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, y.getRow(7).toDoubleVector());
        assertArrayEquals(new double[]{0, 1, 0, 0, 0, 0, 0, 0, 0, 0}, y.getRow(11).toDoubleVector());
        assertEquals(12.0, y.sumNumber().doubleValue());
    }

    @Test
    void limitKeepsTheFirstExamplesOfEachSplit() {
        IdxTestFiles.writeImageSet(dir, 40, 12, true);
        Dataset data = Datasets.load("fashion-mnist", DataOptions.defaults().withDataDir(dir).withLimit(10));
        assertEquals(10, data.train().numExamples());
        assertEquals(10, data.test().numExamples());
        assertEquals(ImageFiles.FASHION_CLASSES.get(9), data.classNames().get(9));
        assertEquals((7 * 9 + 2) / 255.0, data.train().getFeatures().getDouble(9, 2), 1e-7);
    }

    @Test
    void missingFilesNameTheDirectoryAndEveryWayToFixIt() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Datasets.load("fashion-mnist", DataOptions.defaults().withDataDir(dir)));
        String m = e.getMessage();
        for (String part : new String[]{dir.toAbsolutePath().toString(), "train-images-idx3-ubyte",
                "apt-get install dataset-fashion-mnist", "--data-dir", DataDirectory.PROPERTY, DataDirectory.ENV}) {
            assertTrue(m.contains(part), "expected '" + part + "' in: " + m);
        }
    }

    @Test
    void imageAndLabelCountsMustMatch() {
        IdxTestFiles.writeImageSet(dir, 40, 12, false);
        Path labels = write(dir.resolve("t10k-labels-idx1-ubyte"), idx(new int[]{11}, new byte[11]));
        var e = assertThrows(DataFileException.class,
                () -> Datasets.load("mnist", DataOptions.defaults().withDataDir(dir)));
        assertEquals(labels, e.file());
        assertTrue(e.getMessage().contains("declares 11 labels but t10k-images-idx3-ubyte declares 12 images"),
                e.getMessage());
    }

    @Test
    void labelsMustBeClasses() {
        IdxTestFiles.writeImageSet(dir, 40, 12, false);
        byte[] labels = new byte[40];
        labels[17] = 10;
        Path file = write(dir.resolve("train-labels-idx1-ubyte"), idx(new int[]{40}, labels));
        var e = assertThrows(DataFileException.class,
                () -> Datasets.load("mnist", DataOptions.defaults().withDataDir(dir)));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("label 10 of example 17 is outside 0–9"), e.getMessage());
    }

    @Test
    void labelFileInPlaceOfImagesIsNamed() {
        IdxTestFiles.writeImageSet(dir, 40, 12, false);
        Path file = write(dir.resolve("train-images-idx3-ubyte"), idx(new int[]{40}, new byte[40]));
        var e = assertThrows(DataFileException.class,
                () -> Datasets.load("mnist", DataOptions.defaults().withDataDir(dir)));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("is this a label file?"), e.getMessage());
    }

    @Test
    void anImageFileWithoutImagesIsNamed() {
        IdxTestFiles.writeImageSet(dir, 40, 12, false);
        Path file = write(dir.resolve("t10k-images-idx3-ubyte"), idx(new int[]{12, 0, 28}, new byte[0]));
        var e = assertThrows(DataFileException.class,
                () -> Datasets.load("mnist", DataOptions.defaults().withDataDir(dir)));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("holds no images: the header declares 12 examples of 0×28"), e.getMessage());
    }

    @Test
    void directoryComesFromOptionThenPropertyThenEnvironmentThenDefault() {
        Path option = Path.of("/opt/a");
        assertEquals(option, DataDirectory.resolve(option, "/opt/b", "/opt/c").dir());
        assertEquals(Path.of("/opt/b"), DataDirectory.resolve(null, "/opt/b", "/opt/c").dir());
        assertEquals(Path.of("/opt/c"), DataDirectory.resolve(null, null, "/opt/c").dir());
        DataDirectory fallback = DataDirectory.resolve(null, "", null);
        assertEquals(DataDirectory.DEFAULT, fallback.dir());
        assertTrue(!fallback.chosen() && DataDirectory.resolve(null, null, "/opt/c").chosen());
    }
}
