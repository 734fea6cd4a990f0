package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every defect of a CSV file is one line naming the file, the line where there is one, and the fix. */
class CsvErrorsTest {
    @TempDir
    Path dir;

    /** Loads {@code file} expecting a one-line error that names it and contains every {@code part}. */
    private static void refused(Path file, CsvOptions csv, String... parts) {
        DataFileException e = assertThrows(DataFileException.class, () -> CsvFiles.load(file, csv));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), m);
        assertEquals(file, e.file());
        assertEquals(1, m.lines().count(), m);
        for (String part : parts) {
            assertTrue(m.contains(part), "'" + part + "' missing from: " + m);
        }
    }

    private void refused(String[] lines, CsvOptions csv, String... parts) {
        refused(CsvFiles.write(dir, "bad.csv", lines), csv, parts);
    }

    @Test
    void raggedRow() {
        refused(new String[]{"x,y,label", "1,2,a", "3,b", "5,6,b"}, CsvOptions.DEFAULTS,
                "line 3 has 2 values but the header has 3", "one value per column");
    }

    @Test
    void nonNumericFeature() {
        refused(new String[]{"island,mass,species", "Dream,3.5,a", "Biscoe,4.1,b"}, CsvOptions.DEFAULTS,
                "line 2, column 'island': 'Dream' is not a number", "--features");
    }

    @Test
    void numbersInOtherNotationsAreNotNumbers() {
        for (String odd : List.of("0x1p3", "1f", "Infinity", "1,5")) {
            refused(new String[]{"x,label", "1,a", "\"" + odd + "\",b"}, CsvOptions.DEFAULTS, "line 3", "is not a number");
        }
    }

    @Test
    void valueBeyondFloatRange() {
        refused(new String[]{"x,label", "1,a", "1e39,b"}, CsvOptions.DEFAULTS, "line 3, column 'x'", "range of a float");
    }

    @Test
    void missingValuesEmptyOrNa() {
        refused(new String[]{"x,y,label", "1,2,a", "3,,b"}, CsvOptions.DEFAULTS, "line 3, column 'y': missing value",
                "remove the row or fill the value in");
        refused(new String[]{"x,y,label", "1,2,a", "3,4,b", "NA,4,b"}, CsvOptions.DEFAULTS,
                "line 4, column 'x': missing value 'NA'");
        refused(new String[]{"x,y,label", "1,2,a", "3,4,NA"}, CsvOptions.DEFAULTS, "line 3, column 'label': missing value");
    }

    @Test
    void missingLabelColumn() {
        refused(new String[]{"x,y,kind", "1,2,a", "3,4,b"}, CsvOptions.DEFAULTS.withLabel("species"),
                "no column 'species' (label)", "x, y, kind");
        refused(new String[]{"x,y,kind", "1,2,a", "3,4,b"}, CsvOptions.DEFAULTS.withLabel("7"),
                "no column 7 (label)", "3 columns, 0–2");
        refused(new String[]{"x,y,kind", "1,2,a", "3,4,b"}, CsvOptions.DEFAULTS.withFeatures(List.of("x", "z")),
                "no column 'z' (feature)");
    }

    @Test
    void oneClassOnly() {
        refused(new String[]{"x,label", "1,a", "2,a", "3,a"}, CsvOptions.DEFAULTS,
                "column 'label' has one class only ('a' in all 3 rows)", "choose another --label");
    }

    @Test
    void textLabelForRegression() {
        refused(new String[]{"x,y", "1,2.5", "2,high"}, CsvOptions.DEFAULTS.withTask(TaskChoice.REGRESSION),
                "line 3, column 'y': label 'high' is not a number", "--task classification");
    }

    @Test
    void emptyFileHeaderOnlyAndBlankLines() {
        refused(CsvFiles.bytes(dir, "empty.csv", new byte[0]), CsvOptions.DEFAULTS, "is empty (0 bytes)");
        refused(new String[]{"", "  ", ""}, CsvOptions.DEFAULTS, "is empty (only blank lines)");
        refused(new String[]{"x,label"}, CsvOptions.DEFAULTS, "has a header row but no data rows");
    }

    @Test
    void notText() {
        byte[] binary = {'x', ',', 'y', '\n', 0, 1, 2, 3, '\n'};
        refused(CsvFiles.bytes(dir, "nul.csv", binary), CsvOptions.DEFAULTS, "line 2: control character 0x00",
                "not a text file");
        byte[] latin1 = "x,label\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(CsvFiles.bytes(dir, "latin1.csv", latin1), CsvOptions.DEFAULTS, "line 2: byte 0xE9", "not a UTF-8 text file");
        refused(CsvFiles.bytes(dir, "data.csv.gz", new byte[]{0x1f, (byte) 0x8b, 8, 0}), CsvOptions.DEFAULTS,
                "gzip-compressed", "gunzip");
    }

    @Test
    void largerThanTheLimit() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CsvReader.MAX_BYTES + 1); // sparse: nothing is written, the size is what is checked
        }
        refused(big, CsvOptions.DEFAULTS, "64.0 MiB, more than the " + CsvReader.MAX_MEGABYTES + " MiB a CSV file may have");
    }

    @Test
    void unclosedQuote() {
        refused(new String[]{"x,label", "1,a", "2,\"b", "3,c"}, CsvOptions.DEFAULTS, "not valid CSV", "quotes");
    }

    @Test
    void oneColumnOrDuplicateNames() {
        refused(new String[]{"x;label", "1;a", "2;b"}, CsvOptions.DEFAULTS, "line 1: one column only", "';'");
        refused(new String[]{"x,x,label", "1,2,a", "3,4,b"}, CsvOptions.DEFAULTS,
                "line 1: column name 'x' appears twice (columns 0 and 1)");
    }

    @Test
    void tooFewRowsForBothSplits() {
        refused(new String[]{"x,label", "1,a", "2,b"}, CsvOptions.DEFAULTS, "leave the test split empty",
                "--train-fraction");
    }

    @Test
    void fileThatIsMissingOrADirectory() {
        refused(dir.resolve("nowhere.csv"), CsvOptions.DEFAULTS, "no such file");
        refused(dir, CsvOptions.DEFAULTS, "is a directory");
    }

    @Test
    void fileChangedSinceItWasPinned() throws IOException {
        Path file = CsvFiles.classes(dir, "pinned.csv", 4, "a", "b");
        DataOptions pinned = Datasets.pin(CsvDataset.PREFIX + file,
                DataOptions.defaults().withCsv(CsvOptions.DEFAULTS.withLabel("label")));
        Datasets.load(CsvDataset.PREFIX + file, pinned); // the file it was pinned to loads
        Files.writeString(file, "label,x,y\na,1,1\nb,2,2\na,3,3\nb,4,4\n");
        DataFileException e = assertThrows(DataFileException.class,
                () -> Datasets.load(CsvDataset.PREFIX + file, pinned));
        assertTrue(e.getMessage().contains("has changed since this run was planned"), e.getMessage());
    }
}
