package org.activationlab.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.activationlab.experiment.Catalog;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the experiments and the claims each tests.")
final class ListCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (Catalog.Entry e : Catalog.entries()) {
            System.out.printf("%-16s %s%n%-16s claims: %s%n", e.name(), e.description(), "",
                    e.claims().stream().map(c -> c.name() + " " + c.statement()).collect(Collectors.joining("; ")));
        }
        return 0;
    }
}
