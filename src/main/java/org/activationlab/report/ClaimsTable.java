package org.activationlab.report;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;

/**
 * The claim-by-claim verdicts of a run: every claim in order (C1 to the last of {@link Claim}), one row per experiment that
 * judged it, C2 as a definition, and "not measured" for a claim no experiment in the run covered.
 */
public final class ClaimsTable {
    /** Shown for a claim that no experiment in this run measured. */
    public static final String NOT_MEASURED = "not measured";

    /**
     * One verdict on one claim.
     *
     * @param claim      the claim
     * @param verdict    a {@link Verdict} label, or {@link #NOT_MEASURED}
     * @param experiment the experiment that judged it, or null
     * @param evidence   the sentence of numbers behind the verdict
     */
    public record Row(Claim claim, String verdict, String experiment, String evidence) {
    }

    private ClaimsTable() {
    }

    /** "C1–C18": the range of claims every report lists. */
    public static String range() {
        Claim[] all = Claim.values();
        return all[0].name() + "–" + all[all.length - 1].name();
    }

    /** Rows in claim order; a claim judged by several experiments has one row per experiment. */
    public static List<Row> rows(List<ExperimentResult<?>> results) {
        List<Row> rows = new ArrayList<>();
        for (Claim claim : Claim.values()) {
            List<Row> judged = new ArrayList<>();
            for (ExperimentResult<?> r : results) {
                for (ClaimVerdict v : r.claims()) {
                    if (v.claim() == claim) {
                        judged.add(new Row(claim, v.verdict().label(), r.experiment(), v.evidence()));
                    }
                }
            }
            if (judged.isEmpty()) {
                judged.add(claim == Claim.C2
                        ? new Row(claim, Verdict.DEFINITION.label(), null, "A definition (a taxonomy of fields): nothing to measure.")
                        : new Row(claim, NOT_MEASURED, null, "No experiment in this run measured this claim."));
            }
            rows.addAll(judged);
        }
        return rows;
    }

    /** The rows as a terminal table. */
    public static Table toTable(List<Row> rows) {
        Table table = Table.of(List.of("claim", "verdict", "experiment", "evidence"));
        for (Row row : rows) {
            table = table.withRow(row.claim(), row.verdict(), row.experiment() == null ? "–" : row.experiment(),
                    row.evidence());
        }
        return table;
    }
}
