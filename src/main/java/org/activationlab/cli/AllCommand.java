package org.activationlab.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationlab.experiment.Catalog;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Run every experiment on built-in data and print the claim-by-claim verdicts (the default command).")
final class AllCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (common.out == null) {
            common.out = Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        }
        List<ExperimentResult> results = new ArrayList<>();
        try (Interrupts interrupts = Interrupts.install()) {
            for (Catalog.Entry entry : Catalog.entries()) {
                if (interrupts.signal().requested()) {
                    break;
                }
                results.add(ExperimentRunner.run(entry.defaults().get(), common, System.out, interrupts.signal()));
            }
        }
        Table claims = Table.of(List.of("claim", "verdict", "experiment", "evidence"));
        for (ExperimentResult r : results) {
            for (ClaimVerdict v : r.claims()) {
                claims = claims.withRow(v.claim(), v.verdict(), r.experiment(), v.evidence());
            }
        }
        System.out.println();
        System.out.println("== Claims");
        System.out.print(claims.render());
        System.out.println("results: " + common.out.toAbsolutePath());
        return 0;
    }
}
