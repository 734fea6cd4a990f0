package org.activationlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way, bottom to top:
 *
 * <pre>
 * io, stats, updater, layers  →  network  →  data  →  train  →  diagnostics  →  sweep  →  experiment
 *   →  report  →  cli  →  notebook, bench
 * </pre>
 *
 * A package may use any package below it and none above it, so, for example, the sweep (which Spark
 * ships to executors) never needs the experiments or the report.
 */
class LayeringTest {
    /** Bottom first; packages in one group do not depend on each other's group members above them. */
    static final List<List<String>> LAYERS = List.of(
            List.of("io", "stats", "updater", "layers"),
            List.of("network"),
            List.of("data"),
            List.of("train"),
            List.of("diagnostics"),
            List.of("sweep"),
            List.of("experiment"),
            List.of("report"),
            List.of("cli"),
            List.of("notebook", "bench"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.activationlab");
    }

    @Test
    void noPackageDependsOnAPackageAboveIt() {
        List<String> violations = new ArrayList<>();
        for (int low = 0; low < LAYERS.size(); low++) {
            for (int high = low + 1; high < LAYERS.size(); high++) {
                for (String lower : LAYERS.get(low)) {
                    String[] above = LAYERS.get(high).stream().map(p -> "org.activationlab." + p + "..")
                            .toArray(String[]::new);
                    var result = noClasses().that().resideInAPackage("org.activationlab." + lower + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(above).allowEmptyShould(true)
                            .evaluate(classes);
                    result.getFailureReport().getDetails().forEach(violations::add);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        List<String> known = LAYERS.stream().flatMap(List::stream).toList();
        List<String> unplaced = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("org.activationlab."))
                .map(p -> p.substring("org.activationlab.".length()).split("\\.")[0])
                .distinct().filter(p -> !known.contains(p)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unplaced, "add new packages to LAYERS");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.activationlab.(*)..").should().beFreeOfCycles().check(classes);
    }
}
