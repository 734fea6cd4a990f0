package org.activationlab.cli;

import org.activationlab.layers.FencedOpExecutioner;
import org.activationlab.network.InvalidSpecException;
import picocli.CommandLine;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code java -jar activation-lab.jar [command] [options]}; with no command it runs {@code all}. */
@Command(name = "activation-lab", mixinStandardHelpOptions = true, version = "activation-lab 0.1",
        description = "Measures the claims of an introduction to deep learning with DL4J networks.")
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Options but no command: show what the commands are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        if (NativeThreads.relaunchNeeded()) {
            System.exit(NativeThreads.relaunch(args));
        }
        System.exit(execute(args));
    }

    /** Runs the CLI in this JVM and returns the exit code (0 ok, 1 error, 2 usage). */
    public static int execute(String... args) {
        if (args.length == 0) {
            args = new String[]{"all"};
        }
        return execute(CommandTable.neededBy(args), args);
    }

    /** {@link #execute(String...)} with the commands {@code commands} only. */
    static int execute(List<CommandTable.Entry> commands, String... args) {
        FencedOpExecutioner.installUnlessChosen(); // a JVM that was not restarted (NativeThreads) gets it here
        BackendWarmUp.startFor(args);
        CommandLine cli = commandLine(commands);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.originalArgs().contains("--debug");
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println("error: " + message(e));
            return 1;
        });
        // picocli shows either a "did you mean" or the usage; a far-fetched guess alone does not help, so show both.
        cli.setParameterExceptionHandler((e, parsed) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.usage(cmd.getErr());
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.execute(args);
    }

    /** All the commands, parsing as every run parses (enum values in any case), without the error handlers. */
    static CommandLine commandLine() {
        return commandLine(CommandTable.ALL);
    }

    /** The commands {@code commands}, parsing as {@link #commandLine()}. */
    static CommandLine commandLine(List<CommandTable.Entry> commands) {
        CommandLine cli = new CommandLine(new Main());
        for (CommandTable.Entry command : commands) {
            cli.addSubcommand(command.name(), command.type());
        }
        // after the subcommands: picocli passes the setting only to the subcommands it already has
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static String message(Throwable e) {
        if (e instanceof UserError || e instanceof InvalidSpecException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " (run again with --debug for the stack trace)";
    }
}
