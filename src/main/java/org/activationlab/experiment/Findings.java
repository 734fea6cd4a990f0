package org.activationlab.experiment;

import java.util.List;

/**
 * What an experiment found, in the form the CLI, the report and {@code summary.json} need.
 *
 * <p>Each experiment returns its own typed record implementing this (e.g. {@code CompareResult}): its
 * components are the measurements, read without casts by notebooks and tests; the methods below are
 * views of them. Usually only {@link #verdicts} and {@link #results} are components, and
 * {@link #figures}, {@link #table} and {@link #csv} are computed from them.
 */
public interface Findings {

    /** One verdict per claim tested, each computed from the measurements ({@code "claims"} in summary.json). */
    List<ClaimVerdict> verdicts();

    /** The summary rows, e.g. one per model or activation ({@code "results"} in summary.json). */
    List<?> results();

    /** Further values for summary.json ({@code "details"}), best a record; null for none. */
    default Object details() {
        return null;
    }

    /** Chart data; the report draws it. */
    List<Figure> figures();

    /** The human-readable summary printed on stdout. */
    Table table();

    /** The rows of {@code runs.csv}, with the row type that gives its columns. */
    CsvRows<?> csv();
}
