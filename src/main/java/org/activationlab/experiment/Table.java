package org.activationlab.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A small text table for the terminal and the report.
 *
 * @param headers column names
 * @param rows    cells, already formatted
 */
public record Table(List<String> headers, List<List<String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Table of(List<String> headers) {
        return new Table(headers, List.of());
    }

    public Table withRow(Object... cells) {
        List<List<String>> more = new ArrayList<>(rows);
        more.add(java.util.Arrays.stream(cells).map(Table::format).toList());
        return new Table(headers, more);
    }

    /** Numbers with 3 decimals (or as integers), NaN as "–". */
    public static String format(Object cell) {
        if (cell instanceof Double d) {
            if (d.isNaN()) {
                return "–";
            }
            return Math.abs(d) >= 1e4 || (Math.abs(d) < 1e-3 && d != 0) ? String.format("%.3g", d) : String.format("%.3f", d);
        }
        if (cell instanceof Float f) {
            return format(f.doubleValue());
        }
        return String.valueOf(cell);
    }

    /** Fixed-width columns separated by two spaces, with a rule under the header. */
    public String render() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, headers, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        appendRow(sb, rule, width);
        rows.forEach(r -> appendRow(sb, r, width));
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            sb.append(cell);
            // The last column is not padded: long evidence sentences would leave lines of trailing blanks.
            if (c + 1 < cells.size()) {
                sb.append(" ".repeat(width[c] - cell.length())).append("  ");
            }
        }
        sb.append(System.lineSeparator());
    }
}
