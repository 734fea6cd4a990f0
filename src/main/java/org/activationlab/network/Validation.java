package org.activationlab.network;

/** One place for argument checks, so every message reads "field: expected X, received Y". */
public final class Validation {
    private Validation() {
    }

    /** Throws {@link InvalidSpecException} naming the field, what is allowed and what was received. */
    public static void require(boolean ok, String field, String expected, Object received) {
        if (!ok) {
            throw new InvalidSpecException(field, expected, received);
        }
    }
}
