package org.activationlab.data;

import org.activationlab.io.Sha256;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the label and feature columns of a CSV file with Jackson's CSV parser (RFC 4180 quoting).
 *
 * <p>The file is read whole, so it may be at most {@link #MAX_MEGABYTES} MiB. It must be UTF-8 (or ASCII)
 * text; blank lines are skipped; values are trimmed. Every defect (ragged rows, a value that is not a number,
 * a missing value, an unknown column…) is one {@link DataFileException} naming the file, the line and the fix.
 */
final class CsvReader {
    /** The largest file read, in MiB: it is held in memory whole, as text and as numbers. */
    static final int MAX_MEGABYTES = 64;
    static final long MAX_BYTES = (long) MAX_MEGABYTES << 20;
    /** Values that mean "no value" in the files people export (R's NA, pandas' NaN, Weka's ?…). */
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "?");
    /** Decimal numbers only: no hex floats, no "1f"/"1d" suffixes, no "Infinity". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private CsvReader() {
    }

    /** Reads {@code bytes}, naming them {@code file} in messages: at most {@code limit} data rows (0: all). */
    static CsvTable read(Path file, byte[] bytes, CsvOptions options, int limit) {
        String text = textOf(file, bytes);
        List<String> header = null;
        Columns table = null;
        int lastRow = 0;
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            parser.nextToken(); // WRAP_AS_ARRAY: the whole file is one outer array of records
            for (Row row = Row.next(parser); row != null; row = Row.next(parser)) {
                lastRow = row.line();
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = options.header() ? row.values() : numbered(row.values().size());
                    table = new Columns(file, header, Columns.resolve(file, header, options, row.line()));
                    if (options.header()) {
                        continue;
                    }
                }
                table.add(row);
                if (limit > 0 && table.rows() == limit) {
                    break;
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new DataFileException(file, "line " + line + ": not valid CSV (" + shown(e.getOriginalMessage(), 120)
                    + ") in the record after line " + lastRow + ": check its quotes (a value with a comma, quote or line break "
                    + "is quoted, and a quote inside it doubled)", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be parsed: " + e, e);
        }
        if (table == null) {
            throw new DataFileException(file, "is empty (only blank lines): expected a header row and data rows");
        }
        if (table.rows() == 0) {
            throw new DataFileException(file, "has a header row but no data rows: add rows below it (or, if the file "
                    + "has no header, say so with --no-header)");
        }
        return table.finish();
    }

    /** SHA-256 of the file's bytes, hex. */
    static String digest(Path file) {
        return sha256(bytesOf(file));
    }

    /** The file's bytes, if it exists, can be read and is at most {@link #MAX_MEGABYTES} MiB. */
    static byte[] bytesOf(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new DataFileException(file, "is a directory, not a CSV file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataFileException(file, String.format(Locale.ROOT, "is %.1f MiB, more than the %d MiB a CSV "
                        + "file may have (it is read whole into memory): use a sample of its rows", size / 1048576.0,
                        MAX_MEGABYTES));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw DataFileException.unreadable(file, e);
        }
    }

    /** The bytes as text: UTF-8 (a byte-order mark is dropped) with no control characters but tab and line ends. */
    private static String textOf(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new DataFileException(file, "is empty (0 bytes): expected a header row and data rows");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1f && (bytes[1] & 0xFF) == 0x8b) {
            throw new DataFileException(file, "is gzip-compressed, not text: gunzip it first");
        }
        String text = utf8(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
                throw new DataFileException(file, String.format(Locale.ROOT, "line %d: control character 0x%02X: this "
                        + "is not a text file; a CSV file is UTF-8 or ASCII text", line, (int) c));
            }
        }
        return text;
    }

    /** A decimal number such as 3, -0.5 or 1e-3 (not "NaN", "Infinity", "0x1p3" or "1f"). */
    static boolean isNumber(String value) {
        return NUMBER.matcher(value).matches();
    }

    /** The bytes decoded as UTF-8; a byte that is not UTF-8 is reported with its line. */
    private static String utf8(Path file, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new DataFileException(file, String.format(Locale.ROOT, "line %d: byte 0x%02X (offset %d) is not "
                    + "UTF-8: this is not a UTF-8 text file; save it as UTF-8 or ASCII text (e.g. iconv -t UTF-8)",
                    line, bytes[offset] & 0xFF, offset));
        }
        return out.flip().toString();
    }

    /** {@code value} for a one-line message: control characters escaped, at most 40 characters. */
    static String shown(String value) {
        return shown(value, 40);
    }

    private static String shown(String value, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (s.length() >= max) {
                return s + "…";
            }
            char c = value.charAt(i);
            s.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02X", (int) c) : String.valueOf(c));
        }
        return s.toString();
    }

    private static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** One CSV record: its values and the line it starts on. */
    private record Row(List<String> values, int line) {

        /** The next record, or null at the end. */
        static Row next(JsonParser parser) throws IOException {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> values = new ArrayList<>();
            int line = -1;
            for (token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                values.add(parser.getText().trim());
            }
            return new Row(values, line);
        }

        boolean isBlank() {
            return values.size() <= 1 && (values.isEmpty() || values.get(0).isEmpty());
        }
    }

    /** The chosen columns of the rows read so far. */
    private static final class Columns {
        private final Path file;
        private final List<String> header;
        /** The label's index first, then the features'. */
        private final int[] chosen;
        private float[] features = new float[1024];
        private final List<String> labels = new ArrayList<>();
        private int[] lines = new int[256];

        Columns(Path file, List<String> header, int[] chosen) {
            this.file = file;
            this.header = header;
            this.chosen = chosen;
        }

        /** The label's and the features' column indices, checked against the header. */
        static int[] resolve(Path file, List<String> header, CsvOptions options, int line) {
            for (int i = 0; i < header.size(); i++) {
                int first = header.indexOf(header.get(i));
                if (first != i) {
                    throw new DataFileException(file, "line " + line + ": column name '" + shown(header.get(i))
                            + "' appears twice (columns " + first + " and " + i + "): rename one");
                }
            }
            if (header.size() < 2) {
                throw new DataFileException(file, "line " + line + ": one column only ('" + shown(header.get(0)) + "'): expected "
                        + "a label and at least one feature separated by commas" + separatorHint(header.get(0)));
            }
            int label = options.label() == null ? header.size() - 1 : index(file, header, options.label(), "label", line);
            List<Integer> features = new ArrayList<>();
            if (options.features().isEmpty()) {
                for (int i = 0; i < header.size(); i++) {
                    if (i != label) {
                        features.add(i);
                    }
                }
            } else {
                for (String name : options.features()) {
                    int index = index(file, header, name, "feature", line);
                    if (index == label || features.contains(index)) {
                        throw new DataFileException(file, "feature column '" + name + "' is "
                                + (index == label ? "the label column" : "named twice") + ": list each feature once, "
                                + "the label not among them");
                    }
                    features.add(index);
                }
            }
            int[] chosen = new int[features.size() + 1];
            chosen[0] = label;
            for (int i = 0; i < features.size(); i++) {
                chosen[i + 1] = features.get(i);
            }
            return chosen;
        }

        private static String separatorHint(String only) {
            if (only.contains(";")) {
                return " (this file seems to use ';': save it with commas)";
            }
            return only.contains("\t") ? " (this file seems to use tabs: save it with commas)" : "";
        }

        private static int index(Path file, List<String> header, String column, String role, int line) {
            int byName = header.indexOf(column);
            if (byName >= 0) {
                return byName;
            }
            if (column.matches("\\d{1,9}")) {
                int byIndex = Integer.parseInt(column);
                if (byIndex < header.size()) {
                    return byIndex;
                }
                throw new DataFileException(file, "line " + line + ": no column " + byIndex + " (" + role + "): the file "
                        + "has " + header.size() + " columns, 0–" + (header.size() - 1));
            }
            throw new DataFileException(file, "line " + line + ": no column '" + shown(column) + "' (" + role + "): the header "
                    + "has " + abbreviated(header) + "; name one of them or give a 0-based index");
        }

        private static String abbreviated(List<String> header) {
            List<String> shown = header.subList(0, Math.min(12, header.size()));
            return String.join(", ", shown.stream().map(CsvReader::shown).toList()) + (shown.size() < header.size() ? ", … (" + header.size() + " columns)" : "");
        }

        void add(Row row) {
            if (row.values().size() != header.size()) {
                throw new DataFileException(file, "line " + row.line() + " has " + row.values().size() + " values but the "
                        + "header has " + header.size() + ": every row needs one value per column (quote values that "
                        + "contain commas)");
            }
            int n = rows();
            int width = chosen.length - 1;
            if ((long) (n + 1) * width > features.length) {
                features = Arrays.copyOf(features, Math.toIntExact(Math.max((long) (n + 1) * width, 2L * features.length)));
            }
            if (n == lines.length) {
                lines = Arrays.copyOf(lines, 2 * n);
            }
            String label = row.values().get(chosen[0]);
            requirePresent(label, chosen[0], row.line());
            for (int j = 0; j < width; j++) {
                features[n * width + j] = number(row.values().get(chosen[j + 1]), chosen[j + 1], row.line());
            }
            labels.add(label);
            lines[n] = row.line();
        }

        private float number(String value, int column, int line) {
            requirePresent(value, column, line);
            if (!isNumber(value)) {
                throw new DataFileException(file, "line " + line + ", column '" + shown(header.get(column)) + "': '"
                        + shown(value) + "' is not a number: features must be numeric; choose the feature columns "
                        + "with --features");
            }
            float x = (float) Double.parseDouble(value);
            if (!Float.isFinite(x)) {
                throw new DataFileException(file, "line " + line + ", column '" + shown(header.get(column)) + "': " + shown(value)
                        + " is beyond the range of a float (±3.4e38): rescale the column");
            }
            return x;
        }

        private void requirePresent(String value, int column, int line) {
            if (MISSING.contains(value.toLowerCase(Locale.ROOT))) {
                throw new DataFileException(file, "line " + line + ", column '" + shown(header.get(column)) + "': missing value"
                        + (value.isEmpty() ? "" : " '" + shown(value) + "'") + ": remove the row or fill the value in");
            }
        }

        int rows() {
            return labels.size();
        }

        CsvTable finish() {
            int n = rows();
            List<String> names = new ArrayList<>();
            for (int j = 1; j < chosen.length; j++) {
                names.add(header.get(chosen[j]));
            }
            return new CsvTable(file, header.get(chosen[0]), names,
                    Arrays.copyOf(features, n * names.size()), labels.toArray(String[]::new), Arrays.copyOf(lines, n));
        }
    }
}
