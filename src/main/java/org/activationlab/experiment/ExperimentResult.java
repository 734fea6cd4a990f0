package org.activationlab.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * An experiment's findings with the configuration and run that produced them.
 *
 * <p>Serialised as {@code summary.json} (experiment, description, claims, provenance, results, details,
 * figures, wall time); {@link #csv} goes to {@code runs.csv}. Reports are rendered from this alone.
 * Code reads the typed measurements through {@link #findings()}, e.g. {@code result.findings().comparisons()}.
 *
 * @param experiment  the experiment's command name
 * @param description what it measures, in one line
 * @param provenance  settings, environment, executor and cell counts
 * @param findings    the experiment's typed result record
 * @param wallSeconds wall time of the whole experiment
 * @param interrupted the run was stopped early (e.g. Ctrl-C): results cover only the finished trainings
 * @param <F>         the experiment's result record
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"experiment", "description", "claims", "provenance", "results", "details", "figures"})
public record ExperimentResult<F extends Findings>(String experiment, String description, Provenance provenance,
                                                   @JsonIgnore F findings, double wallSeconds, boolean interrupted) {

    /** Verdicts, each computed from the numbers. */
    @JsonProperty("claims")
    public List<ClaimVerdict> claims() {
        return findings.verdicts();
    }

    /** The summary rows (per model / per activation). */
    @JsonProperty("results")
    public List<?> results() {
        return findings.results();
    }

    /** Extra values for the JSON (e.g. the pairwise tests), or null. */
    @JsonProperty("details")
    public Object details() {
        return findings.details();
    }

    /** Chart data; the report draws them. */
    @JsonProperty("figures")
    public List<Figure> figures() {
        return findings.figures();
    }

    /** The summary printed on stdout. */
    @JsonIgnore
    public Table table() {
        return findings.table();
    }

    /** The rows of runs.csv. */
    @JsonIgnore
    public CsvRows<?> csv() {
        return findings.csv();
    }

    /** Cells whose training threw (they count in no statistic). */
    @JsonIgnore
    public int failedCells() {
        return provenance.cells().failed();
    }

    /** Every declared cell finished: not interrupted, none failed. Otherwise the files are written as partial. */
    @JsonIgnore
    public boolean complete() {
        return !interrupted && failedCells() == 0;
    }

    /** What the CLI prints for this result: heading, table, one line per verdict, failed cells, wall time. */
    @JsonIgnore
    public String asText() {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(nl);
        sb.append("== ").append(experiment).append(": ").append(description).append(nl);
        sb.append(table().render());
        for (ClaimVerdict v : claims()) {
            sb.append(v.claim()).append(" [").append(v.verdict()).append("] ").append(v.evidence()).append(nl);
        }
        if (failedCells() > 0) {
            var cells = provenance.cells();
            sb.append(String.format("%d of %d cells failed and count in no statistic:%n", cells.failed(),
                    cells.total()));
            cells.failures().forEach(f -> sb.append("  ").append(f).append(nl));
        }
        return sb.append(String.format("(%.1f s)%n", wallSeconds)).toString();
    }

    /** The verdict on {@code claim}, if this experiment gives one. */
    public Optional<ClaimVerdict> verdictOn(Claim claim) {
        return claims().stream().filter(c -> c.claim() == claim).findFirst();
    }
}
