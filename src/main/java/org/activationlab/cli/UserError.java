package org.activationlab.cli;

/** A problem with what the user asked for; shown as one line, without a stack trace. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
