package org.activationlab.notebook;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a notebook the way the IJava kernel does, without Jupyter.
 *
 * <p>One JShell per notebook; each code cell's source is split into snippets with JShell's own
 * completeness analysis and evaluated in order; IJava's start-up imports and {@code display(...)}
 * are there; class-path magics are dropped ({@link Magics}). A compile error, a rejected or unresolved
 * snippet, an exception or an unsupported magic stops the run with a {@link NotebookFailure} naming the
 * notebook and cell. Snippets run in this JVM ({@link InProcessEngine}) against this JVM's class path.
 *
 * <p>{@code properties} are set as system properties while the notebook runs and restored after:
 * this is how a run is made small (e.g. {@code MAX_EPOCH=1}), as d2l-java's notebooks read
 * {@code Integer.getInteger("MAX_EPOCH", 10)}.
 */
public final class NotebookExecutor {
    /** What IJava's kernel evaluates before the first cell (its ijava-jshell-init script), plus display. */
    static final List<String> STARTUP = List.of(
            "import java.util.*;", "import java.io.*;", "import java.math.*;", "import java.net.*;",
            "import java.util.concurrent.*;", "import java.util.prefs.*;", "import java.util.regex.*;",
            "import static " + Display.class.getName() + ".display;",
            "void printf(String format, Object... args) { System.out.printf(format, args); }");

    private final Map<String, String> properties;

    public NotebookExecutor(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    public NotebookExecutor() {
        this(Map.of());
    }

    /**
     * Runs every code cell in order; returns the notebook with fresh outputs, or throws {@link NotebookFailure}.
     *
     * <p>The cells run on a thread of their own thread group, and only output from that group (the
     * cells and the threads they start) is captured: IJava's kernel owns its JVM, while here other
     * code of this JVM (e.g. a library's background thread) may print at the same time.
     */
    public Notebook execute(Notebook notebook) {
        ThreadGroup group = new ThreadGroup("notebook " + notebook.name());
        Notebook[] result = new Notebook[1];
        Throwable[] failure = new Throwable[1];
        Thread runner = new Thread(group, () -> {
            try {
                result[0] = executeHere(notebook, group);
            } catch (RuntimeException | Error e) { // an Error too: else execute() would return null
                failure[0] = e;
            }
        }, "notebook-runner");
        runner.start();
        try {
            runner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotebookFailure(notebook.name(), 0, "interrupted");
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return result[0];
    }

    /** Output from {@code group}'s threads goes to {@code cell}, anything else to {@code elsewhere}. */
    private static PrintStream routed(ThreadGroup group, PrintStream cell, PrintStream elsewhere) {
        java.io.OutputStream sink = new java.io.OutputStream() {
            private PrintStream target() {
                return group.parentOf(Thread.currentThread().getThreadGroup()) ? cell : elsewhere;
            }

            @Override
            public void write(int b) {
                target().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                target().write(b, off, len);
            }

            @Override
            public void flush() {
                cell.flush();
                elsewhere.flush();
            }
        };
        return new PrintStream(sink, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Notebook executeHere(Notebook notebook, ThreadGroup group) {
        Map<String, String> previous = setProperties();
        PrintStream out = System.out;
        PrintStream err = System.err;
        InProcessEngine engine = new InProcessEngine();
        try (JShell shell = JShell.builder().executionEngine(engine, Map.of()).build()) {
            ClassPath.entries().forEach(shell::addToClasspath);
            for (String line : STARTUP) {
                evalSnippet(shell, line, notebook.name(), 0);
            }
            List<CellOutputs> executed = new ArrayList<>();
            for (Notebook.Cell cell : notebook.cells()) {
                if (!cell.isCode()) {
                    continue;
                }
                CellOutputs outputs = new CellOutputs(executed.size() + 1);
                Display.target(outputs);
                System.setOut(routed(group, outputs.stream("stdout"), out));
                System.setErr(routed(group, outputs.stream("stderr"), err));
                try {
                    outputs.result(runCell(shell, engine, notebook.name(), cell));
                } finally {
                    System.out.flush();
                    System.err.flush();
                    System.setOut(out);
                    System.setErr(err);
                    Display.target(null);
                }
                executed.add(outputs);
            }
            return notebook.withOutputs(executed);
        } finally {
            restoreProperties(previous);
        }
    }

    /** Evaluates a cell snippet by snippet; returns the value IJava would show for it, or null. */
    private static Object runCell(JShell shell, InProcessEngine engine, String notebook, Notebook.Cell cell) {
        String code;
        try {
            code = Magics.strip(cell.source());
        } catch (Magics.UnsupportedMagicException e) {
            throw new NotebookFailure(notebook, cell.number(), e.getMessage());
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Object value = null;
        CompletionInfo info = analysis.analyzeCompletion(code);
        while (info.completeness().isComplete()) {
            Snippet snippet = evalSnippet(shell, info.source(), notebook, cell.number());
            Object snippetValue = engine.takeValue();
            value = snippet != null && showsValue(snippet) ? snippetValue : null;
            info = analysis.analyzeCompletion(info.remaining());
        }
        if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
            throw new NotebookFailure(notebook, cell.number(), "incomplete code (a missing brace, parenthesis or "
                    + "semicolon?): " + firstLine(info.remaining()));
        }
        return value;
    }

    /** As IJava: a cell shows the value of its last snippet when that snippet is an expression. */
    private static boolean showsValue(Snippet snippet) {
        return switch (snippet.subKind()) {
            case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    /** Evaluates one complete snippet; fails unless it compiled, resolved and ran without an exception. */
    private static Snippet evalSnippet(JShell shell, String source, String notebook, int cell) {
        Snippet main = null;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a consequence for an older snippet (e.g. redefined), not this one
            }
            main = event.snippet();
            if (event.exception() != null) {
                throw new NotebookFailure(notebook, cell, describe(event.exception(), shell, main)
                        + " (in: " + firstLine(source) + ")");
            }
            if (!event.status().isDefined()) {
                throw new NotebookFailure(notebook, cell, compileErrors(shell, main) + " (in: " + firstLine(source) + ")");
            }
        }
        return main;
    }

    private static String compileErrors(JShell shell, Snippet snippet) {
        List<String> errors = shell.diagnostics(snippet).filter(Diag::isError)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
        if (snippet instanceof DeclarationSnippet declaration) {
            shell.unresolvedDependencies(declaration).forEach(name -> errors.add("cannot find symbol: " + name));
        }
        return "compile error: " + (errors.isEmpty() ? "snippet rejected" : String.join("; ", errors));
    }

    private static String describe(JShellException e, JShell shell, Snippet snippet) {
        if (e instanceof UnresolvedReferenceException unresolved) {
            return "unresolved reference: " + unresolved.getSnippet().source().strip()
                    + " uses " + shell.unresolvedDependencies(unresolved.getSnippet()).toList();
        }
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        while (t != null) {
            sb.append(sb.length() == 0 ? "" : "; caused by ");
            String type = t instanceof EvalException ev ? ev.getExceptionClassName() : t.getClass().getName();
            sb.append(type).append(": ").append(t.getMessage());
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0 && sb.indexOf(" at ") < 0) {
                sb.append(" at ").append(frames[0]);
            }
            t = t.getCause();
        }
        return sb.toString();
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("").strip();
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }

    private Map<String, String> setProperties() {
        Map<String, String> previous = new HashMap<>();
        properties.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        return previous;
    }

    private static void restoreProperties(Map<String, String> previous) {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
