package org.activationlab.data;

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

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
