package org.activationlab.cli;

import java.util.List;
import java.util.Set;
import org.activationlab.io.Json;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's native backend on a background thread while the main thread builds the command line
 * and reads the data.
 *
 * <p>Loading the backend (≈ 60 MB of native libraries, then its Java side) took ≈ 0.9 s of the main
 * thread's ≈ 2.7 s before a Fashion-MNIST compare started training, and building picocli's model of
 * every command another 0.5 s: one waited for the other on a machine with a core to spare. The first
 * use of {@link Nd4j} on any thread waits for the load to finish (class initialisation is serialised
 * by the JVM), so nothing changes but the order. The same thread then sets up the JSON mappers, which
 * the first trained cell needs. Commands that never touch ND4J do not start it.
 */
final class BackendWarmUp {
    /**
     * Commands that only print text, by name: reading the names from the commands' annotations loaded picocli and
     * three command classes (≈ 30 ms in the launcher, ≈ 60 ms in the JVM that trains, before this thread started).
     */
    static final Set<String> WITHOUT_BACKEND = Set.of("list", "datasets", CommandTable.HELP);
    private static final List<String> HELP_OPTIONS = List.of("-h", "--help", "-V", "--version");

    private BackendWarmUp() {
    }

    /** Starts loading the backend unless {@code args} only ask for text. */
    static void startFor(String[] args) {
        if (needsBackend(args)) {
            Thread loader = new Thread(BackendWarmUp::load, "nd4j-warm-up");
            loader.setDaemon(true);
            loader.start();
        }
    }

    static boolean needsBackend(String[] args) {
        return !(args.length > 0 && WITHOUT_BACKEND.contains(args[0]))
                && List.of(args).stream().noneMatch(HELP_OPTIONS::contains);
    }

    private static void load() {
        try {
            Nd4j.getBackend();
            // then Jackson's mappers (≈ 0.2 s of CPU), which the first trained cell needs for its id
            Json.CANONICAL.getClass();
        } catch (Throwable e) { // the first use on another thread reports the failure where it matters
        }
    }
}
