package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        CliTest.Result alone = CliTest.captured(() -> Main.execute(CommandTable.neededBy(args), args));
        assertEquals(1, CommandTable.neededBy(args).size(), commandLine);
        CliTest.Result all = CliTest.captured(() -> Main.execute(CommandTable.ALL, args));
        assertEquals(all, alone, commandLine);
        assertTrue(!all.out().isEmpty() || !all.err().isEmpty(), "nothing printed for " + commandLine);
    }

    private static List<String> names(List<CommandTable.Entry> entries) {
        return entries.stream().map(CommandTable.Entry::name).toList();
    }
}
