package org.activationlab.experiment;

import java.util.List;

/**
 * The rows of an experiment's {@code runs.csv}: the declared row type fixes the columns (one per record
 * component), so an empty or interrupted run still has the same schema.
 *
 * @param type the row record
 * @param rows the rows, in order
 * @param <T>  the row record
 */
public record CsvRows<T>(Class<T> type, List<T> rows) {

    public CsvRows {
        rows = List.copyOf(rows);
    }

    public static <T> CsvRows<T> of(Class<T> type, List<T> rows) {
        return new CsvRows<>(type, rows);
    }

    /** No CSV: the experiment's summary.json says everything. */
    public static CsvRows<Void> none() {
        return new CsvRows<>(Void.class, List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
