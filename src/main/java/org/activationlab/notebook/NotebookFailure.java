package org.activationlab.notebook;

/** A notebook cell that did not run: names the notebook, the cell (1-based, counting every cell) and why. */
public final class NotebookFailure extends RuntimeException {
    private final String notebook;
    private final int cell;

    public NotebookFailure(String notebook, int cell, String message) {
        super(notebook + ", cell " + cell + ": " + message);
        this.notebook = notebook;
        this.cell = cell;
    }

    public String notebook() {
        return notebook;
    }

    public int cell() {
        return cell;
    }
}
