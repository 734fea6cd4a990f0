package org.activationlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.activationlab.data.DataOptions;
import org.activationlab.data.Datasets;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.activationlab.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep built from the library on {@code csv:PATH} is tied to the file's contents, as the CLI's is. */
class SweepPinningTest {
    @TempDir
    Path dir;

    private static Cell cell(String dataset, long seed) {
        NetworkSpec spec = NetworkSpec.input(2).hidden(4, Activation.TANH).output(OutputHead.binary()).seed(seed)
                .build();
        return new Cell("tanh MLP", dataset, DataOptions.defaults(), spec, new TrainingSettings(2, 4));
    }

    /** Two separable classes, {@code shift} added to the first feature of every row. */
    private Path csv(double shift) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of("x,y,label"));
        IntStream.range(0, 8).forEach(i -> lines.add((i + shift) + "," + (i % 3) + "," + (i < 4 ? "a" : "b")));
        return Files.write(dir.resolve("points.csv"), lines);
    }

    private static Sweep.Outcome run(List<Cell> cells, CellStore store) {
        Sweep.Options options = Sweep.Options.local().withExecutor(new LocalExecutor(1)).withStore(store, true);
        return Sweep.run(cells, options, Progress.SILENT, "test");
    }

    @Test
    void unpinnedCsvCellsArePinnedToTheFileTheyRead() throws IOException {
        String name = "csv:" + csv(0);
        List<Cell> declared = List.of(cell(name, 1), cell(name, 2));
        assertNull(declared.get(0).data().csv().fileDigest(), "built without the CLI: not pinned");
        Sweep.Outcome outcome = run(declared, new CellStore(dir.resolve("store")));
        String digest = Datasets.pin(name, DataOptions.defaults()).csv().fileDigest();
        assertEquals(List.of(digest, digest), outcome.results().stream()
                .map(r -> r.cell().data().csv().fileDigest()).toList());
        assertFalse(outcome.results().stream().anyMatch(CellResult::failed));
    }

    @Test
    void resumeRetrainsWhenTheFileChanged() throws IOException {
        CellStore store = new CellStore(dir.resolve("store"));
        String name = "csv:" + csv(0);
        List<Cell> declared = List.of(cell(name, 1), cell(name, 2), cell(name, 3));
        Sweep.Outcome first = run(declared, store);
        assertEquals(3, first.counts().trained());
        assertEquals(3, run(declared, store).reused(), "same file: every cell reused");
        csv(0.5);
        Sweep.Outcome changed = run(declared, store);
        assertEquals(0, changed.reused(), "changed file: nothing reused");
        assertNotEquals(first.results().get(0).cellId(), changed.results().get(0).cellId());
    }

    @Test
    void builtInSetsKeepTheirCellsAndIds() {
        List<Cell> cells = List.of(cell("xor-4", 1), cell("circle", 1));
        assertEquals(cells, Sweep.pinned(cells));
    }
}
