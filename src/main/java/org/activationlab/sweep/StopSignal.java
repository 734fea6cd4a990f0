package org.activationlab.sweep;

/** Asks a running sweep to stop starting new cells (e.g. on Ctrl-C); cells already finished are kept. */
public final class StopSignal {
    private volatile boolean requested;

    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }
}
