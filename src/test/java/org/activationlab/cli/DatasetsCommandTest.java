package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(r.out().contains("[5.0, 5.0] [upper moon, lower moon]"), r.out());
    }

    @Test
    void dataDirThatLacksTheFilesIsOneClearError(@TempDir Path empty) {
        CliTest.Result r = CliTest.run("datasets", "fashion-mnist", "--data-dir", empty.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("error: fashion-mnist: train-images-idx3-ubyte(.gz) not found in " + empty), r.err());
        assertTrue(r.err().contains("apt-get install dataset-fashion-mnist"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
