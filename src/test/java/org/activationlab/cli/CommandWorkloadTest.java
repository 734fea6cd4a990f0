package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The launcher's table of defaults, read without picocli, against what picocli gives each command by default. */
class CommandWorkloadTest {
    static Stream<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream();
    }

    /** A command whose default data set or width changes fails here until the JIT rule's table follows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theTableHoldsTheDataSetsAndWidestLayersEachCommandRunsWith(String command) {
        assertEquals(picocliDefaults(command), CommandWorkload.DEFAULTS.getOrDefault(command, Map.of()),
                command + ": its data and width options' defaults (for widths, the widest layer)");
    }

    /** With a wide layer given, the choice follows the data set the command reads by default. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aWideLayerTakesTheKernelsTierExactlyWhenTheCommandsDefaultDataIsAnImageSet(String command) {
        CommandSpec spec = spec(command);
        for (String option : CommandWorkload.WIDTH_OPTIONS) {
            if (spec.findOption(option) != null) {
                List<String> defaultData = CommandWorkload.DATA_OPTIONS.stream().map(spec::findOption)
                        .filter(o -> o != null).map(o -> o.getValue().toString()).toList();
                boolean images = defaultData.stream().anyMatch(JitChoice.IMAGE_SETS::contains);
                CommandWorkload workload = CommandWorkload.of(List.of(command, option, "256"));
                assertEquals(images, JitChoice.wideOnImages(workload), command + " " + option + " 256 on " + defaultData);
            }
        }
    }

    @Test
    void everyCommandInTheTableExists() {
        assertTrue(commands().toList().containsAll(CommandWorkload.DEFAULTS.keySet()),
                CommandWorkload.DEFAULTS.keySet().toString());
    }

    @Test
    void givenOptionsReplaceTheDefaultsAndNothingElse() {
        assertEquals(new CommandWorkload(List.of("spiral"), 32), CommandWorkload.of(List.of("vanishing",
                "--dataset=spiral")));
        assertEquals(new CommandWorkload(List.of("fashion-mnist"), 300), CommandWorkload.of(List.of("dead-relu",
                "--width", "300")));
        assertEquals(new CommandWorkload(List.of("reg-plane", "circle", "mnist"), 16),
                CommandWorkload.of(List.of("outputs", "--multi-class", "mnist")));
        assertEquals(new CommandWorkload(List.of("circle"), 70),
                CommandWorkload.of(List.of("representation", "--hidden-width", "70")), "the other default, 8, is narrower");
        assertEquals(new CommandWorkload(List.of("circle"), 64),
                CommandWorkload.of(List.of("compare", "--hidden", "32", "--hidden=64,16")), "--hidden given twice");
        assertEquals(new CommandWorkload(List.of("mnist"), 100), CommandWorkload.of(List.of("all", "--dataset", "mnist",
                "--width", "100")), "a command without defaults: what the command line names");
    }

    /**
     * The defaults of the command's data and width options as picocli sets them before it parses (each field's
     * initial value, the command's own default); for a width option, its widest layer.
     */
    private static Map<String, String> picocliDefaults(String command) {
        CommandSpec spec = spec(command);
        Map<String, String> defaults = new LinkedHashMap<>();
        List<String> options = new ArrayList<>(CommandWorkload.DATA_OPTIONS);
        options.addAll(CommandWorkload.WIDTH_OPTIONS);
        for (String name : options) {
            OptionSpec option = spec.findOption(name);
            if (option != null) {
                Object value = option.getValue();
                String text = value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(value);
                defaults.put(name, CommandWorkload.WIDTH_OPTIONS.contains(name)
                        ? Integer.toString(CommandWorkload.widest(text)) : text);
            }
        }
        return defaults;
    }

    private static CommandSpec spec(String command) {
        return Main.commandLine().getSubcommands().get(command).getCommandSpec();
    }
}
