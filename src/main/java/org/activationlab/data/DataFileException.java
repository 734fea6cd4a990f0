package org.activationlab.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A data file that cannot be used: the message names the file and what is wrong with it. */
public class DataFileException extends IllegalArgumentException {
    private final Path file;

    public DataFileException(Path file, String defect) {
        super(file + ": " + defect);
        this.file = file;
    }

    public DataFileException(Path file, String defect, Throwable cause) {
        super(file + ": " + defect, cause);
        this.file = file;
    }

    /** Why {@code file} could not be read: missing, not permitted, or the I/O error itself. */
    public static DataFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataFileException(file, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new DataFileException(file, "cannot be read: permission denied", e);
        }
        return new DataFileException(file, "cannot be read: " + e, e);
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
