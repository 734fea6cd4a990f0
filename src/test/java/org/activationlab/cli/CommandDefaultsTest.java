package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activationlab.experiment.Seeded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's --help states the defaults the command really runs with, its own ones for shared options. */
class CommandDefaultsTest {
    /** Options of the shared mixins, whose default differs from command to command: each must state a value. */
    private static final List<String> PER_COMMAND = List.of("--points", "--noise", "--train-fraction", "--limit",
            "--task", "--epochs", "--batch-size", "--optimizer", "--lr", "--layers", "--width", "--fallback",
            "--weight-init", "--seeds", "--first-seed");
    /** "(default V)", "(default V, more)", "(default V: why)", "(default V; hint)"; not "(default: a description)". */
    private static final Pattern STATED = Pattern.compile("\\(default ([^\\s:;)][^:;)]*?)(?:, |[:;)])");

    static Stream<String> configuredCommands() {
        return Main.commandLine().getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommand() instanceof ConfiguredCommand).map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredCommands")
    void optionsLeftOutGiveTheCommandsDefaultSettings(String command) {
        ConfiguredCommand<?> parsed = parse(Main.commandLine(), command);
        assertEquals(parsed.defaults(), parsed.settings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredCommands")
    void everyStatedDefaultIsWhatTheCommandRunsWith(String command) {
        Map<String, String> stated = statedDefaults(command);
        assertFalse(stated.isEmpty(), command + "'s help states no default");
        CommandLine cli = Main.commandLine(); // reused: picocli resets every option before it parses again
        for (Map.Entry<String, String> option : stated.entrySet()) {
            ConfiguredCommand<?> parsed = parse(cli, command, option.getKey() + "=" + option.getValue());
            assertEquals(parsed.defaults(), parsed.settings(), command + " --help says " + option.getKey()
                    + " is " + option.getValue() + " by default, but giving that value changes the settings");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredCommands")
    void everySharedOptionStatesItsValue(String command) {
        Map<String, String> stated = statedDefaults(command);
        CommandLine.Model.CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
        for (String option : PER_COMMAND) {
            // a hidden option (curves' --seeds, there only to be refused) is not in --help, so it states nothing
            if (spec.findOption(option) != null && !spec.findOption(option).hidden()) {
                assertTrue(stated.containsKey(option), command + " " + option + " states no default value: "
                        + optionHelp(command).get(option));
            }
        }
    }

    /** --seeds states the command's own count (not "the experiment's own"); without a seed loop it is not offered. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredCommands")
    void seedsStatesTheCommandsOwnCount(String command) {
        Object defaults = parse(Main.commandLine(), command).defaults();
        CommandLine.Model.OptionSpec seeds = Main.commandLine().getSubcommands().get(command).getCommandSpec()
                .findOption("--seeds");
        if (defaults instanceof Seeded<?> seeded) {
            assertEquals(Integer.toString(seeded.seeds()), statedDefaults(command).get("--seeds"),
                    command + " --seeds: " + optionHelp(command).get("--seeds"));
        } else {
            assertTrue(seeds == null || seeds.hidden(), command + " has no seed loop, but its help offers --seeds");
        }
    }

    private static ConfiguredCommand<?> parse(CommandLine cli, String command, String... options) {
        cli.parseArgs(Stream.concat(Stream.of(command), Stream.of(options)).toArray(String[]::new));
        return cli.getSubcommands().get(command).getCommand();
    }

    /** Option name to the default value its help states, for options that state one. */
    private static Map<String, String> statedDefaults(String command) {
        Map<String, String> stated = new LinkedHashMap<>();
        optionHelp(command).forEach((option, help) -> {
            Matcher m = STATED.matcher(help);
            if (m.find()) {
                stated.put(option, m.group(1));
            }
        });
        return stated;
    }

    /**
     * Each option's help, by its longest name, as --help prints it: {@code renderedDescription} is what picocli's
     * help renderer puts in the description column, with ${DEFAULT-VALUE} filled in (read here unwrapped, since a
     * wrapped line may break after a comma, "xavier,|he", where joining it back cannot tell whether a space was).
     */
    private static Map<String, String> optionHelp(String command) {
        Map<String, String> help = new LinkedHashMap<>();
        for (CommandLine.Model.OptionSpec option : Main.commandLine().getSubcommands().get(command).getCommandSpec()
                .options()) {
            help.put(option.longestName(), String.join(" ", option.renderedDescription()));
        }
        return help;
    }
}
