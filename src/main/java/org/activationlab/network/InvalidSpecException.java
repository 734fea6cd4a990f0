package org.activationlab.network;

/** A configuration value is out of range; the message names the field, the allowed values and the bad value. */
public class InvalidSpecException extends IllegalArgumentException {
    private final String field;

    public InvalidSpecException(String field, String expected, Object received) {
        super(field + ": expected " + expected + ", received " + received);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
