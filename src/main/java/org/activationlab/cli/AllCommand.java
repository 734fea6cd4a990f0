package org.activationlab.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationlab.experiment.Catalog;
import org.activationlab.experiment.Experiment;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.report.ClaimsTable;
import org.activationlab.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "all", mixinStandardHelpOptions = true,
        description = {"Run every experiment on built-in data, print the claim-by-claim verdicts and write the "
                + "HTML report (the default command). --seeds N gives every experiment with a seed loop N seeds.",
                "Report: DIR/index.html and DIR/report.md, with each experiment's charts, summary.json and runs.csv "
                        + "in DIR/<experiment>/; DIR is --out or results/<timestamp>."})
final class AllCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--seeds", paramLabel = "N",
            description = "Seeds per model in every experiment with a seed loop (default: each experiment's own).")
    Integer seeds;

    @Override
    public Integer call() throws Exception {
        if (common.out == null) {
            common.out = Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        }
        // Each experiment's JSON/CSV is written as soon as it finishes, so a later failure keeps them.
        List<ExperimentResult<?>> results = new ArrayList<>();
        try (Interrupts interrupts = Interrupts.install()) {
            for (Catalog.Entry entry : Catalog.entries()) {
                if (interrupts.signal().requested()) {
                    break;
                }
                results.add(ExperimentRunner.run(experiment(entry), common, System.out, interrupts.signal()));
            }
        }
        Path index = ReportWriter.writeReport(results, common.out);
        System.out.println();
        System.out.println("== Claims");
        System.out.print(ClaimsTable.toTable(ClaimsTable.rows(results)).render());
        System.out.println("report: " + index.toAbsolutePath());
        return results.stream().mapToInt(ExperimentRunner::exitCode).max().orElse(0);
    }

    /** The entry with --seeds N when given and the experiment has a seed loop, else with its defaults. */
    private Experiment<?, ?> experiment(Catalog.Entry entry) {
        if (seeds == null) {
            return entry.defaults().get();
        }
        return entry.withSeeds(seeds).orElseGet(() -> {
            System.err.println(entry.name() + ": keeps its own seeds (--seeds does not apply to it yet)");
            return entry.defaults().get();
        });
    }
}
