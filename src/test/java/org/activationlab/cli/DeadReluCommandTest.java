package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dead-relu} reads a CSV file through the shared data options, pinned to the file's contents. */
class DeadReluCommandTest {

    @Test
    void measuresEveryConfigurationOnACsvFile(@TempDir Path tmp) throws Exception {
        JsonNode summary = CsvRunChecks.onPenguins(tmp, "dead-relu", "--layers", "1", "--width", "4", "--epochs", "1",
                "--seeds", "1").summary();
        assertEquals(4, summary.get("results").size(), "relu and leaky relu, each at the normal and the high rate");
        summary.get("results").forEach(row -> assertEquals(1, row.get("accuracies").size(), row.toString()));
    }
}
