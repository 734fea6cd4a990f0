package org.activationlab.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The CLI's commands by name, in the order {@code --help} lists them.
 *
 * <p>Why a table and not picocli's {@code subcommands} attribute: picocli builds the model of every command it is
 * given, by reflection, before it parses. For all 14 that took ≈ 0.19 s of a Fashion-MNIST compare's main thread,
 * while ND4J's native libraries were loading on the other core. With the names known here, a command line that
 * starts with its command gets that command alone ({@link #neededBy}); anything else (no command,
 * {@code help}, an option first, a misspelt name) gets all of them. The names are the commands' own
 * {@code @Command} names (CommandTableTest checks that they agree).
 */
final class CommandTable {
    /** A command's name and its class. */
    record Entry(String name, Class<?> type) {
    }

    static final String HELP = "help";

    static final List<Entry> ALL = List.of(
            new Entry("list", ListCommand.class),
            new Entry("all", AllCommand.class),
            new Entry("xor", XorCommand.class),
            new Entry("compare", CompareCommand.class),
            new Entry("datasets", DatasetsCommand.class),
            new Entry("curves", CurvesCommand.class),
            new Entry("manual-forward", ManualForwardCommand.class),
            new Entry("vanishing", VanishingCommand.class),
            new Entry("vanishing-remedies", VanishingRemediesCommand.class),
            new Entry("overfitting", OverfittingCommand.class),
            new Entry("dead-relu", DeadReluCommand.class),
            new Entry("outputs", OutputsCommand.class),
            new Entry("representation", RepresentationCommand.class),
            new Entry(HELP, CommandLine.HelpCommand.class));

    private CommandTable() {
    }

    /**
     * The commands a run of {@code args} needs: the one its first argument names, or all of them (the help
     * command lists and describes the others, so it needs all).
     */
    static List<Entry> neededBy(String[] args) {
        return args.length == 0 || HELP.equals(args[0]) ? ALL : named(args[0]).map(List::of).orElse(ALL);
    }

    static Optional<Entry> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
