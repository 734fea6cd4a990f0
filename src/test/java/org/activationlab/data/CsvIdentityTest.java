package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.activationlab.io.Json;
import org.activationlab.sweep.Cell;
import org.activationlab.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep cell on a CSV file is identified by the file's contents, not only by its path. */
class CsvIdentityTest {
    private static final NetworkSpec SPEC = NetworkSpec.input(2).hidden(4, Activation.TANH)
            .output(OutputHead.binary()).seed(1).build();

    @TempDir
    Path dir;

    private static Cell cell(String dataset, DataOptions data) {
        return new Cell("tanh MLP", dataset, data, SPEC, new TrainingSettings(2, 4));
    }

    @Test
    void changingTheFileChangesTheCellId() throws IOException {
        Path file = CsvFiles.classes(dir, "data.csv", 4, "a", "b");
        String name = CsvDataset.PREFIX + file;
        DataOptions before = Datasets.pin(name, DataOptions.defaults());
        Files.writeString(file, Files.readString(file).replace("a,0,0", "a,1,0"));
        DataOptions after = Datasets.pin(name, DataOptions.defaults());
        assertNotEquals(before.csv().fileDigest(), after.csv().fileDigest());
        assertNotEquals(cell(name, before).id(), cell(name, after).id());
        assertEquals(cell(name, after).id(), cell(name, Datasets.pin(name, DataOptions.defaults())).id(),
                "the same contents give the same id");
    }

    @Test
    void pinningLeavesBuiltInSetsAndTheirIdsAsTheyWere() throws IOException {
        DataOptions circle = DataOptions.defaults().withPoints(100);
        assertEquals(circle, Datasets.pin("circle", circle));
        String json = Json.CANONICAL.writeValueAsString(circle);
        assertFalse(json.contains("csv"), "default CSV options stay out of the identity of other sets: " + json);
    }

    @Test
    void csvOptionsSurviveTheJsonTripToASparkExecutor() throws IOException {
        Path file = CsvFiles.classes(dir, "ship.csv", 4, "a", "b");
        String name = CsvDataset.PREFIX + file;
        DataOptions data = Datasets.pin(name, DataOptions.defaults().withCsv(CsvOptions.DEFAULTS.withLabel("label")
                .withTask(TaskChoice.CLASSIFICATION).withFeatures(java.util.List.of("y", "x")).withHeader(true)));
        Cell sent = cell(name, data);
        String json = Json.MAPPER.writeValueAsString(sent);
        Cell received = Json.MAPPER.readValue(json, Cell.class);
        assertEquals(sent.data(), received.data());
        assertEquals(sent.id(), received.id());
        assertTrue(json.contains(data.csv().fileDigest()), json);
    }
}
