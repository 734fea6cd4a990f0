package org.activationlab.notebook;

/**
 * The {@code display(...)} function a notebook calls, as IJava provides it.
 *
 * <p>{@link NotebookExecutor} imports it statically into every notebook's JShell and points it at
 * the cell being run. The signature is IJava's ({@code String display(Object)}, returning a display
 * id), so a cell behaves the same under the executor and under the real kernel.
 */
public final class Display {
    private static CellOutputs current;
    private static int displayed;

    private Display() {
    }

    /** Shows {@code value} below the cell: an image inline, anything else as text. */
    public static synchronized String display(Object value) {
        if (current == null) {
            throw new IllegalStateException("display(...) works only while a notebook cell runs");
        }
        current.display(value);
        return "display-" + (++displayed);
    }

    static synchronized void target(CellOutputs cell) {
        current = cell;
    }
}
