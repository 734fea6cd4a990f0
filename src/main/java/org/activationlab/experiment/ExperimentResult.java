package org.activationlab.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Everything an experiment measured, with the configuration that produced it.
 *
 * <p>Serialised as {@code summary.json}; {@link #runs} goes to a CSV with one row per run (or per
 * run × epoch), {@link #details} holds series for charts. Reports are rendered from this alone.
 *
 * @param experiment  the experiment's command name
 * @param description what it measures, in one line
 * @param claims      verdicts, each computed from the numbers
 * @param provenance  settings, seeds, versions, threads: enough to reproduce every number
 * @param results     the summary rows (per model / per activation)
 * @param runs        the raw rows written to CSV
 * @param details     extra named values for the JSON (e.g. per-layer numbers)
 * @param figures     chart data; the report draws them
 * @param table       the human-readable summary printed on stdout
 * @param wallSeconds wall time of the whole experiment
 * @param interrupted the run was stopped early (e.g. Ctrl-C): results cover only the finished trainings
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExperimentResult(String experiment, String description, List<ClaimVerdict> claims,
                               Map<String, Object> provenance, List<?> results, @JsonIgnore List<?> runs,
                               Map<String, Object> details, List<Figure> figures, @JsonIgnore Table table,
                               double wallSeconds, boolean interrupted) {

    public ExperimentResult {
        claims = List.copyOf(claims);
        results = List.copyOf(results);
        runs = List.copyOf(runs);
        figures = List.copyOf(figures);
    }

    /** What the CLI prints for this result: heading, table, one line per verdict, wall time. */
    @JsonIgnore
    public String asText() {
        StringBuilder sb = new StringBuilder(System.lineSeparator());
        sb.append("== ").append(experiment).append(": ").append(description).append(System.lineSeparator());
        sb.append(table.render());
        for (ClaimVerdict v : claims) {
            sb.append(v.claim()).append(" [").append(v.verdict()).append("] ").append(v.evidence())
                    .append(System.lineSeparator());
        }
        return sb.append(String.format("(%.1f s)%n", wallSeconds)).toString();
    }

    /** The verdict on {@code claim}, if this experiment gives one. */
    public java.util.Optional<ClaimVerdict> verdictOn(Claim claim) {
        return claims.stream().filter(c -> c.claim() == claim).findFirst();
    }
}
