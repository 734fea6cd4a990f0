package org.activationlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.activationlab.sweep.StopSignal;

/**
 * Ctrl-C handling: the first interrupt asks the sweep to stop starting trainings and lets the command
 * summarise and write what finished before the JVM exits.
 */
final class Interrupts implements AutoCloseable {
    /** How long the JVM waits for trainings in flight and the final write. */
    private static final long GRACE_SECONDS = 120;

    private final StopSignal stop = new StopSignal();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private Interrupts() {
        hook = new Thread(() -> {
            stop.request();
            System.err.println("\ninterrupted: finishing the trainings in flight and writing what is done…");
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "activation-lab-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static Interrupts install() {
        return new Interrupts();
    }

    StopSignal signal() {
        return stop;
    }

    /** Results are written: the JVM may exit. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // already exiting: the hook is running and has just been released
        }
    }
}
