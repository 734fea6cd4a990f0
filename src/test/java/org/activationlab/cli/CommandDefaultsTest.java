package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's --help states the defaults the command really runs with, its own ones for shared options. */
class CommandDefaultsTest {
    /** Options of the shared mixins, whose default differs from command to command: each must state a value. */
    private static final List<String> PER_COMMAND = List.of("--points", "--noise", "--train-fraction", "--limit",
            "--task", "--epochs", "--batch-size", "--optimizer", "--lr", "--layers", "--width", "--fallback",
            "--weight-init", "--first-seed");
    /** "(default V)", "(default V, more)", "(default V: why)", "(default V; hint)"; not "(default: a description)". */
    private static final Pattern STATED = Pattern.compile("\\(default ([^\\s:;)][^:;)]*?)(?:, |[:;)])");
    private static final Pattern OPTION_LINE = Pattern.compile("^ {2,6}(?:-\\w, )?(--[\\w-]+)(.*)$");
    private static final Map<String, Map<String, String>> STATED_BY_COMMAND = new ConcurrentHashMap<>();
    private static final int UNWRAPPED = 1000;
    private static final Pattern CONTINUATION = Pattern.compile("^ {7,}(\\S.*)$");

    static Stream<String> configuredCommands() {
        return Main.commandLine().getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommand() instanceof ConfiguredCommand).map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredCommands")
    void optionsLeftOutGiveTheCommandsDefaultSettings(String command) {
        ConfiguredCommand<?> parsed = parse(command);
        assertEquals(parsed.defaults(), parsed.settings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredCommands")
    void everyStatedDefaultIsWhatTheCommandRunsWith(String command) {
        Map<String, String> stated = statedDefaults(command);
        assertFalse(stated.isEmpty(), command + "'s help states no default");
        for (Map.Entry<String, String> option : stated.entrySet()) {
            ConfiguredCommand<?> parsed = parse(command, option.getKey() + "=" + option.getValue());
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
            if (spec.findOption(option) != null) {
                assertTrue(stated.containsKey(option), command + " " + option + " states no default value: "
                        + optionHelp(command).get(option));
            }
        }
    }

    private static ConfiguredCommand<?> parse(String command, String... options) {
        CommandLine cli = Main.commandLine();
        cli.parseArgs(Stream.concat(Stream.of(command), Stream.of(options)).toArray(String[]::new));
        return cli.getSubcommands().get(command).getCommand();
    }

    /** Option name to the default value its help states, for options that state one. */
    private static Map<String, String> statedDefaults(String command) {
        return STATED_BY_COMMAND.computeIfAbsent(command, CommandDefaultsTest::readStatedDefaults);
    }

    private static Map<String, String> readStatedDefaults(String command) {
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
     * Each option's help as --help renders it, by the option's long name; rendered too wide to wrap, as picocli may
     * break a line after a comma ("xavier,|he") where joining the lines back cannot tell whether a space was there.
     */
    private static Map<String, String> optionHelp(String command) {
        String usage = Main.commandLine().getSubcommands().get(command).setUsageHelpWidth(UNWRAPPED)
                .getUsageMessage(CommandLine.Help.Ansi.OFF);
        Map<String, String> help = new LinkedHashMap<>();
        String current = null;
        for (String line : usage.split("\\R")) {
            Matcher option = OPTION_LINE.matcher(line);
            Matcher more = CONTINUATION.matcher(line);
            if (option.matches()) {
                current = option.group(1);
                help.put(current, option.group(2).trim());
            } else if (current != null && more.matches()) {
                help.merge(current, more.group(1), (a, b) -> a + " " + b);
            } else {
                current = null;
            }
        }
        return help;
    }
}
