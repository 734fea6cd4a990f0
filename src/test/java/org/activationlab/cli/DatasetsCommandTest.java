package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationlab.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {
    @Test
    void listsEveryDataset() {
        CliTest.Result r = CliTest.run("datasets");
        assertEquals(0, r.exitCode());
        for (String name : Datasets.names()) {
            assertTrue(r.out().contains(name + " "), name + " missing from: " + r.out());
        }
    }

    @Test
    void loadsOneWithTheGivenOptions() {
        CliTest.Result r = CliTest.run("datasets", "moons", "--points", "40", "--train-fraction", "0.25", "--seed", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("10 train / 30 test examples"), r.out());
        assertTrue(r.out().matches("(?s).*upper moon\\s+5\\s+15\\R.*lower moon\\s+5\\s+15\\R.*"), r.out());
    }

    @Test
    void dataDirThatLacksTheFilesIsOneClearError(@TempDir Path empty) {
        CliTest.Result r = CliTest.run("datasets", "fashion-mnist", "--data-dir", empty.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("error: fashion-mnist: train-images-idx3-ubyte(.gz) not found in " + empty), r.err());
        assertTrue(r.err().contains("apt-get install dataset-fashion-mnist"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void describesACsvFileWithItsTaskClassesAndSplit(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pets.csv"), "weight,kind,legs\n4,cat,4\n30,dog,4\n5,cat,4\n"
                + "25,dog,4\n3,cat,4\n35,dog,4\n");
        CliTest.Result r = CliTest.run("datasets", "csv:" + file, "--label", "kind");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("binary classification, 2 features, 2 outputs; 4 train / 2 test examples"), r.out());
        assertTrue(r.out().matches("(?s).*cat\\s+2\\s+1\\R.*dog\\s+2\\s+1\\R.*"), r.out());
        assertTrue(r.out().contains("detected: labels are text, e.g. 'cat'"), r.out());
        assertTrue(r.out().contains("rows             6"), r.out());
        assertTrue(r.out().contains("file_sha256"), r.out());
    }

    @Test
    void badCsvFileIsOneLineNamingFileAndLineWithExit1(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "x,label\n1,a\n2\n");
        CliTest.Result r = CliTest.run("datasets", "csv:" + file);
        assertEquals(1, r.exitCode());
        assertEquals("error: " + file + ": line 3 has 1 values but the header has 2: every row needs one value per "
                + "column (quote values that contain commas)", r.err().strip());
    }

    @Test
    void unknownTaskIsAUsageError() {
        CliTest.Result r = CliTest.run("datasets", "penguins", "--task", "ranking");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("expected auto, classification or regression, received 'ranking'"), r.err());
    }
}
