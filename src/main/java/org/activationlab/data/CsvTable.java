package org.activationlab.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The label and feature columns of a CSV file, as read: features parsed, labels still text.
 *
 * @param file         the file, as named in error messages
 * @param labelName    the label column's name
 * @param featureNames the feature columns' names, in the order given (default: file order)
 * @param features     row-major, {@code rows × featureNames.size()}
 * @param labels       one label per row, trimmed
 * @param lines        the file line each row starts on, for error messages
 */
record CsvTable(Path file, String labelName, List<String> featureNames, float[] features,
                String[] labels, int[] lines) {

    CsvTable {
        featureNames = List.copyOf(featureNames);
    }

    int rows() {
        return labels.length;
    }
}
