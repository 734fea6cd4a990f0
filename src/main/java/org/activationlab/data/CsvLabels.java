package org.activationlab.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.activationlab.network.Task;

/**
 * A CSV label column turned into targets: classes in sorted order, or one real value per row.
 *
 * <p>{@link TaskChoice#AUTO} decides from the values: any text label means classes; integers only, with at
 * most {@value #MAX_INTEGER_CLASSES} distinct values, mean classes (codes such as 0/1 or 1–5); any other
 * numbers mean regression. {@link #reason} says which rule applied.
 *
 * @param task       binary or multi-class classification, or regression
 * @param reason     why this task: "chosen with --task" or the detection rule that applied
 * @param classNames classes in their one-hot order: numeric labels by value, text labels alphabetically
 * @param classOf    each row's class index (classification; all 0 for regression, one stratum)
 * @param values     each row's target (regression; empty for classification)
 */
record CsvLabels(Task task, String reason, List<String> classNames, int[] classOf, float[] values) {
    /** The most distinct integer labels that {@link TaskChoice#AUTO} still reads as classes. */
    static final int MAX_INTEGER_CLASSES = 10;

    CsvLabels {
        classNames = List.copyOf(classNames);
    }

    /** The targets of {@code table}'s labels under {@code choice}. */
    static CsvLabels of(CsvTable table, TaskChoice choice) {
        String[] labels = table.labels();
        TreeSet<String> distinct = new TreeSet<>(List.of(labels));
        String text = firstText(table);
        return switch (choice) {
            case CLASSIFICATION -> classes(table, distinct, "chosen with --task classification");
            case REGRESSION -> {
                if (text != null) {
                    throw nonNumeric(table, text);
                }
                yield regression(table, "chosen with --task regression");
            }
            case AUTO -> {
                if (text != null) {
                    yield classes(table, distinct, "detected: labels are text, e.g. '" + CsvReader.shown(text) + "'");
                }
                boolean integers = distinct.stream().allMatch(CsvLabels::isInteger);
                if (integers && distinct.size() <= MAX_INTEGER_CLASSES) {
                    yield classes(table, distinct, "detected: " + distinct.size() + " distinct integer labels (at most "
                            + MAX_INTEGER_CLASSES + " mean classes; --task regression to override)");
                }
                yield regression(table, "detected: numeric labels, " + (integers ? distinct.size()
                        + " distinct integers (more than " + MAX_INTEGER_CLASSES + ")" : "not all integers")
                        + "; --task classification to override");
            }
        };
    }

    /** 3, -2 or 1.0 (exports often write integer codes as floats); not 2.5. */
    private static boolean isInteger(String number) {
        double value = Double.parseDouble(number);
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }

    /** The first label that is not a number, or null if all are. */
    private static String firstText(CsvTable table) {
        for (String label : table.labels()) {
            if (!CsvReader.isNumber(label)) {
                return label;
            }
        }
        return null;
    }

    private static int indexOf(String[] labels, String value) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static CsvLabels classes(CsvTable table, TreeSet<String> distinct, String reason) {
        if (distinct.size() < 2) {
            throw new DataFileException(table.file(), "column '" + CsvReader.shown(table.labelName()) + "' has one class only ('"
                    + CsvReader.shown(distinct.first()) + "' in all " + table.rows() + " rows): a classifier needs at least two; "
                    + "choose another --label");
        }
        List<String> names = new ArrayList<>(distinct);
        boolean numeric = names.stream().allMatch(CsvReader::isNumber);
        if (numeric) {
            names.sort(Comparator.comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder()));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            index.put(names.get(k), k);
        }
        int[] classOf = new int[table.rows()];
        for (int i = 0; i < classOf.length; i++) {
            classOf[i] = index.get(table.labels()[i]);
        }
        Task task = names.size() == 2 ? Task.BINARY : Task.MULTICLASS;
        return new CsvLabels(task, reason, names, classOf, new float[0]);
    }

    private static CsvLabels regression(CsvTable table, String reason) {
        String[] labels = table.labels();
        float[] values = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            values[i] = (float) Double.parseDouble(labels[i]);
            if (!Float.isFinite(values[i])) {
                throw new DataFileException(table.file(), "line " + table.lines()[i] + ", column '"
                        + CsvReader.shown(table.labelName()) + "': " + CsvReader.shown(labels[i]) + " is beyond the range of a float (±3.4e38): rescale the column");
            }
        }
        return new CsvLabels(Task.REGRESSION, reason, List.of(), new int[labels.length], values);
    }

    private static DataFileException nonNumeric(CsvTable table, String text) {
        int row = indexOf(table.labels(), text);
        return new DataFileException(table.file(), "line " + table.lines()[row] + ", column '"
                + CsvReader.shown(table.labelName()) + "': label '" + CsvReader.shown(text) + "' is not a number: regression needs numeric labels; use --task classification");
    }

    /** Rows per class, in {@link #classNames} order (classification). */
    int[] counts() {
        int[] counts = new int[classNames.size()];
        for (int k : classOf) {
            counts[k]++;
        }
        return counts;
    }
}
