package org.activationlab.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What Jupyter reported for one notebook run: the kernel's start, then each code cell that ran.
 *
 * <p>Read from the JSON that {@code run_notebook.py} prints. Times are wall-clock seconds; cells are
 * numbered from 1 over all cells, as a reader counts them in the notebook.
 */
public record NotebookReport(String notebook, String kernel, Double kernelStartSeconds, int kernelTries,
                             List<String> kernelStartErrors, double seconds, String failure, List<CellReport> cells) {

    /** Object.toString() of a class without its own: a meaningless value, different on every run. */
    static final Pattern IDENTITY_HASH = Pattern.compile("[A-Za-z]@[0-9a-f]{5,}\\b");

    public NotebookReport {
        kernelStartErrors = kernelStartErrors == null ? List.of() : List.copyOf(kernelStartErrors);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** One code cell's outcome: its error (ename: evalue) or null, its stderr text, its charts and shown values. */
    public record CellReport(int cell, double seconds, String error, String stderr, int images, List<String> texts) {
        public CellReport {
            stderr = stderr == null ? "" : stderr;
            texts = texts == null ? List.of() : List.copyOf(texts);
        }
    }

    /**
     * Everything that makes the run a failure, one line each naming notebook and cell: the kernel did
     * not start, a cell raised, a cell wrote to stderr, a cell's value is an identity hash.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (CellReport c : cells) {
            String where = notebook + ", cell " + c.cell() + ": ";
            if (c.error() != null) {
                problems.add(where + c.error());
            }
            if (!c.stderr().isBlank()) {
                problems.add(where + "wrote to stderr: " + c.stderr().strip());
            }
            for (String text : c.texts()) {
                if (IDENTITY_HASH.matcher(text).find()) {
                    problems.add(where + "shows a value without meaning (an identity hash, new on every run): " + text
                            + "; end the cell with a statement, not with such an expression");
                }
            }
        }
        if (failure != null && problems.isEmpty()) {
            problems.add(notebook + ": " + failure);
        }
        return problems;
    }

    NotebookReport withFailure(String why) {
        return new NotebookReport(notebook, kernel, kernelStartSeconds, kernelTries, kernelStartErrors, seconds, why, cells);
    }

    public int images() {
        return cells.stream().mapToInt(CellReport::images).sum();
    }
}
