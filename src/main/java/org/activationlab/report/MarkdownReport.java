package org.activationlab.report;

import java.util.List;
import java.util.Map;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Table;

/** The report as Markdown (for a README, an issue or a terminal pager), with the same content as the HTML. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(ReportContent content) {
        StringBuilder m = new StringBuilder(16_000);
        m.append("# activation-lab: the article's claims, measured\n\n")
                .append(content.headline()).append(" · [HTML version](index.html)\n\n## Claims ").append(ClaimsTable.range()).append("\n\n")
                .append("| Claim | Verdict | Evidence | Experiment | Chart |\n|---|---|---|---|---|\n");
        ClaimsTable.Row previous = null;
        for (ClaimsTable.Row row : content.claims()) {
            boolean first = previous == null || previous.claim() != row.claim();
            String claim = first ? "**" + row.claim().name() + "** " + cell(row.claim().statement()) : "″";
            m.append("| ").append(claim).append(" | ").append(cell(row.verdict())).append(" | ")
                    .append(cell(row.evidence())).append(" | ")
                    .append(row.experiment() == null ? "–" : cell(row.experiment())).append(" | ")
                    .append(row.experiment() == null ? "–" : chartLinks(content, row)).append(" |\n");
            previous = row;
        }
        for (ExperimentResult<?> r : content.results()) {
            experiment(m, content, r);
        }
        m.append("\n## Provenance\n\n");
        keyValues(m, content.environment());
        for (ExperimentResult<?> r : content.results()) {
            m.append("\n### ").append(text(r.experiment())).append(" settings\n\n");
            keyValues(m, ReportContent.settings(r));
        }
        return m.toString();
    }

    private static String chartLinks(ReportContent content, ClaimsTable.Row row) {
        List<ChartFile> charts = content.chartsFor(row.experiment(), row.claim());
        if (charts.isEmpty()) {
            return "–";
        }
        return String.join(", ", charts.stream().map(c -> "[" + c.label() + "](" + c.path() + ")").toList());
    }

    private static void experiment(StringBuilder m, ReportContent content, ExperimentResult<?> r) {
        m.append("\n## ").append(text(r.experiment())).append("\n\n").append(text(r.description()))
                .append(String.format(" · %.1f s · data: ", r.wallSeconds()));
        m.append(String.join(", ", ReportContent.dataFiles(r).stream()
                .map(f -> "[" + text(f.substring(f.indexOf('/') + 1)) + "](" + f + ")").toList())).append("\n\n");
        if (r.interrupted()) {
            m.append("**Interrupted:** only the trainings that finished are summarised; run again with --resume "
                    + "to complete them.\n\n");
        }
        for (ClaimVerdict v : r.claims()) {
            m.append("- **").append(v.claim().name()).append("** ").append(v.verdict().label()).append(": ")
                    .append(text(v.evidence())).append('\n');
        }
        for (ChartFile c : content.chartsOf(r.experiment())) {
            m.append("\n**").append(c.label()).append("** ").append(text(c.figure().title())).append("\n\n![")
                    .append(text(c.figure().title()).replace("]", ")")).append("](").append(c.path()).append(")\n");
        }
        if (r.table() != null) {
            m.append('\n');
            table(m, r.table());
        }
    }

    private static void table(StringBuilder m, Table table) {
        m.append("| ").append(String.join(" | ", table.headers().stream().map(MarkdownReport::cell).toList()))
                .append(" |\n|").append("---|".repeat(table.headers().size())).append('\n');
        for (List<String> row : table.rows()) {
            m.append("| ").append(String.join(" | ", row.stream().map(MarkdownReport::cell).toList())).append(" |\n");
        }
    }

    private static void keyValues(StringBuilder m, Map<String, String> values) {
        m.append("| setting | value |\n|---|---|\n");
        values.forEach((k, v) -> m.append("| ").append(cell(k)).append(" | ").append(cell(v)).append(" |\n"));
    }

    /** Text from results: HTML-escaped, since Markdown passes raw HTML through. */
    private static String text(String text) {
        return Html.escape(text);
    }

    /** A table cell: escaped text, and a pipe or a line break would end the cell or the row. */
    private static String cell(String text) {
        return text(text).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
