package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandTableTest {

    @Test
    void namesAreTheCommandsOwn() {
        for (CommandTable.Entry entry : CommandTable.ALL) {
            assertEquals(entry.type().getAnnotation(Command.class).name(), entry.name(), entry.type().getName());
        }
        assertEquals(CommandTable.ALL.size(), CommandTable.ALL.stream().map(CommandTable.Entry::name).distinct().count());
    }

    @Test
    void textOnlyCommandsAreNamedAsTheirClassesName() {
        Set<String> expected = Set.of(ListCommand.class, DatasetsCommand.class, CommandLine.HelpCommand.class).stream()
                .map(c -> c.getAnnotation(Command.class).name()).collect(Collectors.toSet());
        assertEquals(expected, BackendWarmUp.WITHOUT_BACKEND);
    }

    @Test
    void aNamedCommandGetsItselfAloneAndAnythingElseGetsAll() {
        assertEquals(List.of("compare"), names(CommandTable.neededBy(new String[]{"compare", "--seeds", "2"})));
        assertEquals(CommandTable.ALL, CommandTable.neededBy(new String[]{"help", "compare"}));
        assertEquals(CommandTable.ALL, CommandTable.neededBy(new String[]{"--version"}));
        assertEquals(CommandTable.ALL, CommandTable.neededBy(new String[]{"compar"}));
        assertEquals(CommandTable.ALL, CommandTable.neededBy(new String[]{}));
    }

    /** What a user sees (streams and exit code) is the same whether picocli got one command or all of them. */
    @ParameterizedTest
    @ValueSource(strings = {"compare --help", "xor --sedes 3", "compare --activations sigmoid,nope", "vanishing --layers x",
            "xor extra", "curves -h", "list", "datasets", "dead-relu --seeds -1", "representation --first-width x",
            "overfitting --epochs", "outputs --help"})
    void oneCommandBehavesAsAllCommands(String commandLine) {
        String[] args = commandLine.split(" ");
        Output alone = run(CommandTable.neededBy(args), args);
        assertEquals(1, CommandTable.neededBy(args).size(), commandLine);
        Output all = run(CommandTable.ALL, args);
        assertEquals(all, alone, commandLine);
        assertTrue(!all.out().isEmpty() || !all.err().isEmpty(), "nothing printed for " + commandLine);
    }

    private record Output(int exitCode, String out, String err) {
    }

    private static Output run(List<CommandTable.Entry> commands, String[] args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(commands, args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<String> names(List<CommandTable.Entry> entries) {
        return entries.stream().map(CommandTable.Entry::name).toList();
    }
}
