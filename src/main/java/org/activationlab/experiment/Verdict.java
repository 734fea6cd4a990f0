package org.activationlab.experiment;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the measurements say about a claim. */
public enum Verdict {
    SUPPORTED("supported"),
    PARTLY("partly"),
    REFUTED("refuted"),
    /** The difference the claim predicts is not statistically significant in the runs made. */
    NOT_SIGNIFICANT("not significant"),
    /**
     * Nothing to judge: too few usable runs (cells failed, runs diverged, or too few seeds). Not a
     * statistical finding, so never shown as one; the evidence says what was missing.
     */
    INCONCLUSIVE("inconclusive"),
    /** A definition, nothing to measure (C2). */
    DEFINITION("definition");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
