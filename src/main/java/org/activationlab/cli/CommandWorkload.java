package org.activationlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationlab.experiment.CompareExperiment;
import org.activationlab.experiment.XorExperiment;
import org.activationlab.experiment.inside.DeadReluExperiment;
import org.activationlab.experiment.inside.OutputsExperiment;
import org.activationlab.experiment.inside.OverfittingExperiment;
import org.activationlab.experiment.inside.RepresentationExperiment;
import org.activationlab.experiment.inside.VanishingExperiment;
import org.activationlab.experiment.inside.VanishingRemediesExperiment;

/**
 * What a CLI command line trains, as far as {@link JitChoice} cares: the data sets it reads and its widest hidden
 * layer, each option the user gave, else the command's own default for it.
 *
 * <p>Read without picocli: the launcher reads it before it starts the JVM that trains, and a full parse there took
 * ≈ 0.4 s. The defaults are the experiments' compile-time constants, which javac copies into this class, so reading
 * them loads no experiment class; CommandWorkloadTest checks them against what each command runs with.
 *
 * @param datasets the data set of every option that names one
 * @param widest   the widest hidden layer; 0 when the command line gives none and the command has no default
 */
record CommandWorkload(List<String> datasets, int widest) {
    /** Options that name a data set, in any command. */
    static final List<String> DATA_OPTIONS = List.of("--dataset", "--regression", "--binary", "--multi-class");
    /** Options that give hidden-layer widths, {@code W} or {@code W,W...}, in any command. */
    static final List<String> WIDTH_OPTIONS = List.of("--hidden", "--width", "--first-width", "--hidden-width");

    /** Each command's defaults of the options above that it has; for a width option, its widest layer. */
    static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            "xor", Map.of("--width", text(XorExperiment.Settings.DEFAULT_WIDTH)),
            "compare", Map.of("--dataset", CompareExperiment.Settings.DEFAULT_DATASET,
                    "--hidden", text(CompareExperiment.Settings.DEFAULT_WIDTH)),
            "vanishing", Map.of("--dataset", VanishingExperiment.Settings.DEFAULT_DATASET,
                    "--width", text(VanishingExperiment.Settings.DEFAULT_WIDTH)),
            "vanishing-remedies", Map.of("--dataset", VanishingRemediesExperiment.Settings.DEFAULT_DATASET,
                    "--width", text(VanishingRemediesExperiment.Settings.DEFAULT_WIDTH)),
            "dead-relu", Map.of("--dataset", DeadReluExperiment.Settings.DEFAULT_DATASET,
                    "--width", text(DeadReluExperiment.Settings.DEFAULT_WIDTH)),
            "overfitting", Map.of("--dataset", OverfittingExperiment.Settings.DEFAULT_DATASET,
                    "--width", text(OverfittingExperiment.Settings.DEFAULT_WIDTH)),
            "outputs", Map.of("--regression", OutputsExperiment.Settings.DEFAULT_REGRESSION,
                    "--binary", OutputsExperiment.Settings.DEFAULT_BINARY,
                    "--multi-class", OutputsExperiment.Settings.DEFAULT_MULTI_CLASS,
                    "--width", text(OutputsExperiment.Settings.DEFAULT_WIDTH)),
            "representation", Map.of("--dataset", RepresentationExperiment.Settings.DEFAULT_DATASET,
                    "--first-width", text(RepresentationExperiment.Settings.DEFAULT_FIRST_WIDTH),
                    "--hidden-width", text(RepresentationExperiment.Settings.DEFAULT_HIDDEN_WIDTH)));

    /** The workload of the command line {@code args}: its command is the first argument that is not an option. */
    static CommandWorkload of(List<String> args) {
        // no command runs `all` (Main.execute), which has none of these options
        String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("all");
        Map<String, String> defaults = DEFAULTS.getOrDefault(command, Map.of());
        List<String> datasets = new ArrayList<>();
        for (String option : DATA_OPTIONS) {
            datasets.addAll(valuesOrDefault(args, option, defaults));
        }
        int widest = 0;
        for (String option : WIDTH_OPTIONS) {
            for (String value : valuesOrDefault(args, option, defaults)) {
                widest = Math.max(widest, widest(value));
            }
        }
        return new CommandWorkload(List.copyOf(datasets), widest);
    }

    /** The widest of {@code W[,W...]}, 0 when none is a number. */
    static int widest(String widths) {
        int widest = 0;
        for (String width : widths.split(",")) {
            try {
                widest = Math.max(widest, Integer.parseInt(width.trim()));
            } catch (NumberFormatException e) { // the command reports it; it says nothing about size
            }
        }
        return widest;
    }

    private static String text(int width) {
        return Integer.toString(width);
    }

    /** The values given for {@code option}, else the command's default for it, else none. */
    private static List<String> valuesOrDefault(List<String> args, String option, Map<String, String> defaults) {
        List<String> given = values(args, option);
        if (!given.isEmpty() || !defaults.containsKey(option)) {
            return given;
        }
        return List.of(defaults.get(option));
    }

    /** Every value of {@code option}, written {@code option VALUE} or {@code option=VALUE}. */
    private static List<String> values(List<String> args, String option) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(option) && i + 1 < args.size()) {
                found.add(args.get(i + 1));
            } else if (a.startsWith(option + "=")) {
                found.add(a.substring(option.length() + 1));
            }
        }
        return found;
    }
}
