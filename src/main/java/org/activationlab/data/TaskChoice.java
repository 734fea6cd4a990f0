package org.activationlab.data;

import java.util.Locale;

/** What a CSV file's label column is: said by the user, or {@link #AUTO} to detect it from the values. */
public enum TaskChoice {
    /** Text labels, or at most 10 distinct integers (codes such as 0/1 or 1–5), mean classes; other numbers regression. */
    AUTO,
    CLASSIFICATION,
    REGRESSION;

    /** "classification" → {@link #CLASSIFICATION}; an unknown word lists the known ones. */
    public static TaskChoice parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("task: expected auto, classification or regression, received '"
                    + value + "'");
        }
    }
}
