package org.activationlab.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.activationlab.io.AtomicFiles;
import org.activationlab.io.Json;

/**
 * Finished cells on disk, one JSON file per cell id, written atomically as each cell completes.
 *
 * <p>This is what {@code --resume} reads: a cell whose file exists is not trained again.
 */
public final class CellStore {
    private final Path dir;

    public CellStore(Path dir) {
        this.dir = dir;
    }

    public Optional<CellResult> load(Cell cell) {
        Path file = dir.resolve(cell.id() + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            CellResult stored = Json.MAPPER.readValue(file.toFile(), CellResult.class);
            // Failed cells are retried on resume; finished and diverged ones are final.
            return stored.failed() ? Optional.empty() : Optional.of(stored.of(cell));
        } catch (IOException e) {
            return Optional.empty(); // unreadable (e.g. from another version): train it again
        }
    }

    public void save(CellResult result) {
        try {
            AtomicFiles.write(dir.resolve(result.cellId() + ".json"), out -> Json.MAPPER.writeValue(out, result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write finished cell to " + dir + ": " + e.getMessage(), e);
        }
    }
}
