package org.activationlab.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * No input makes the CSV reader (and the label detection after it) throw anything but its own one-line
 * {@link DataFileException} naming the file.
 *
 * <p>{@code mvn test} replays the inputs stored under {@code src/test/resources/.../CsvReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test-compile surefire:test@fuzz-tests} fuzzes for new ones (any other exception,
 * or an out-of-memory, is a finding).
 */
class CsvReaderFuzzTest {
    private static final Path FILE = Path.of("fuzzed.csv");

    @FuzzTest(maxDuration = "60s")
    void readsOrExplains(FuzzedDataProvider data) {
        boolean header = data.consumeBoolean();
        TaskChoice task = TaskChoice.values()[data.consumeInt(0, TaskChoice.values().length - 1)];
        String label = data.consumeBoolean() ? null : Integer.toString(data.consumeInt(0, 3));
        byte[] bytes = data.consumeRemainingAsBytes();
        CsvOptions options = CsvOptions.DEFAULTS.withHeader(header).withTask(task).withLabel(label);
        try {
            CsvTable table = CsvReader.read(FILE, bytes, options, 0);
            CsvLabels labels = CsvLabels.of(table, task);
            if (table.features().length != table.rows() * table.featureNames().size()
                    || labels.classOf().length != table.rows()) {
                throw new AssertionError("columns do not match the rows read");
            }
        } catch (DataFileException expected) {
            String m = expected.getMessage();
            if (m == null || !m.startsWith(FILE + ": ") || m.lines().count() != 1) {
                throw new AssertionError("not one line naming the file: " + m);
            }
        }
    }
}
