package org.activationlab.data;

import java.util.HashSet;
import java.util.List;
import org.activationlab.network.Validation;

/**
 * How to read a CSV file ({@code csv:PATH}): which column is the label, which are features, and which
 * file contents a sweep was planned on.
 *
 * @param label      the label column, by header name or 0-based index (null: the last column)
 * @param task       classification, regression, or detected from the labels
 * @param features   feature columns in the order the network sees them, by header name or 0-based index
 *                   (empty: every column but the label, in file order)
 * @param header     whether the first row names the columns (without one, columns are named 0, 1, 2…)
 * @param fileDigest SHA-256 of the file the options were pinned to ({@link Datasets#pin}); null: not pinned.
 *                   Part of a sweep cell's identity, so {@code --resume} never reuses trainings of another file
 */
public record CsvOptions(String label, TaskChoice task, List<String> features, boolean header, String fileDigest) {
    /** Label in the last column, task detected, all other columns as features, a header row. */
    public static final CsvOptions DEFAULTS = new CsvOptions(null, TaskChoice.AUTO, List.of(), true, null);

    public CsvOptions {
        Validation.require(label == null || !label.isBlank(), "label", "a column name or 0-based index", "'" + label + "'");
        task = task == null ? TaskChoice.AUTO : task;
        features = features == null ? List.of() : List.copyOf(features);
        Validation.require(features.stream().noneMatch(String::isBlank), "features", "column names or indices, none blank",
                features);
        Validation.require(new HashSet<>(features).size() == features.size(), "features", "each column once", features);
        Validation.require(label == null || !features.contains(label), "features", "columns other than the label '"
                + label + "'", features);
    }

    public CsvOptions withLabel(String column) {
        return new CsvOptions(column, task, features, header, fileDigest);
    }

    public CsvOptions withTask(TaskChoice t) {
        return new CsvOptions(label, t, features, header, fileDigest);
    }

    public CsvOptions withFeatures(List<String> columns) {
        return new CsvOptions(label, task, columns, header, fileDigest);
    }

    public CsvOptions withHeader(boolean h) {
        return new CsvOptions(label, task, features, h, fileDigest);
    }

    public CsvOptions withFileDigest(String digest) {
        return new CsvOptions(label, task, features, header, digest);
    }

    /**
     * Left out of a sweep cell's JSON when equal to {@link #DEFAULTS}, so that cells of the built-in sets keep
     * the identity they had before CSV files existed (Jackson calls {@code equals} with the value to write).
     */
    static final class IsDefault {
        @Override
        public boolean equals(Object value) {
            return value == null || DEFAULTS.equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
