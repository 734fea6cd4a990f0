package org.activationlab.report;

import static org.activationlab.report.Html.escape;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Table;

/**
 * The report as one self-contained HTML page: inline CSS, no scripts, images and data files linked
 * by relative paths, so the folder opens offline from disk and can be moved or zipped as a whole.
 */
final class HtmlReport {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final String CSS = """
            body{margin:0;background:#f6f7f9;color:#1f2328;font:15px/1.5 system-ui,-apple-system,"Segoe UI",\
            "DejaVu Sans",sans-serif}
            main{max-width:1240px;margin:0 auto;padding:24px 28px 60px;background:#fff}
            h1{font-size:28px;margin:0 0 4px}h2{font-size:22px;margin:36px 0 8px;padding-top:8px;\
            border-top:2px solid #e4e6ea}h3{font-size:17px;margin:20px 0 6px}
            .sub,.meta{color:#59636e;margin:0 0 8px}nav{margin:10px 0 0;font-size:14px}nav a{margin-right:14px}
            a{color:#0b62a8}table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}
            th,td{border:1px solid #d8dbe0;padding:5px 9px;text-align:left;vertical-align:top}
            th{background:#eef0f3}table.claims{width:100%}table.claims td.claim{width:27%}
            table.claims td.claim b{display:inline-block;min-width:2.4em}table.claims td:last-child{white-space:nowrap}
            table.data td{font-variant-numeric:tabular-nums;white-space:nowrap}
            .verdict{display:inline-block;padding:1px 9px;border-radius:10px;font-size:13px;font-weight:600;\
            white-space:nowrap;color:#fff}
            .v-supported{background:#1a7f37}.v-partly{background:#b26b00}.v-refuted{background:#c62828}\
            .v-not-significant{background:#6e7781}.v-definition{background:#3b5b92}\
            .v-inconclusive{background:#fff7e0;color:#7a4d00;border:1px solid #d4a72c}\
            .v-not-measured{background:#fff;color:#6e7781;border:1px dashed #8c959f}
            ul.verdicts{padding-left:18px}ul.verdicts li{margin:4px 0}
            .figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:18px;margin:12px 0}
            figure{margin:0;border:1px solid #e4e6ea;border-radius:6px;padding:8px;background:#fff}
            figure img{width:100%;height:auto;display:block}
            figcaption{font-size:13px;color:#59636e;margin-top:4px}
            td.empty{color:#8c959f}code{font-size:13px}
            """;

    private HtmlReport() {
    }

    static String render(ReportContent content) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>activation-lab report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main>\n");
        header(h, content);
        claims(h, content);
        for (ExperimentResult<?> r : content.results()) {
            experiment(h, content, r);
        }
        provenance(h, content);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, ReportContent content) {
        h.append("<header>\n<h1>activation-lab: the article&#39;s claims, measured</h1>\n")
                .append("<p class=\"sub\">").append(escape(content.headline()))
                .append(" · <a href=\"report.md\">Markdown version</a></p>\n<nav><a href=\"#claims\">Claims</a>");
        for (ExperimentResult<?> r : content.results()) {
            h.append("<a href=\"#exp-").append(escape(r.experiment())).append("\">").append(escape(r.experiment()))
                    .append("</a>");
        }
        h.append("<a href=\"#provenance\">Provenance</a></nav>\n</header>\n");
    }

    private static void claims(StringBuilder h, ReportContent content) {
        h.append("<section id=\"claims\">\n<h2>Claims " + ClaimsTable.range() + "</h2>\n")
                .append("<p class=\"meta\">Each verdict is computed from the measurements below; a claim judged by "
                        + "several experiments has one row per experiment.</p>\n")
                .append("<table class=\"claims\">\n<thead><tr><th>Claim</th><th>Verdict</th><th>Evidence</th>")
                .append("<th>Experiment</th><th>Chart</th></tr></thead>\n<tbody>\n");
        ClaimsTable.Row previous = null;
        for (ClaimsTable.Row row : content.claims()) {
            h.append("<tr>");
            if (previous == null || previous.claim() != row.claim()) {
                long span = content.rowsOf(row.claim());
                h.append("<td class=\"claim\" id=\"claim-").append(row.claim().name()).append("\"")
                        .append(span > 1 ? " rowspan=\"" + span + "\"" : "").append("><b>").append(row.claim().name())
                        .append("</b> ").append(escape(row.claim().statement())).append("</td>");
            }
            h.append("<td>").append(badge(row.verdict())).append("</td><td>").append(escape(row.evidence()))
                    .append("</td>");
            if (row.experiment() == null) {
                h.append("<td class=\"empty\">–</td><td class=\"empty\">–</td>");
            } else {
                h.append("<td><a href=\"#exp-").append(escape(row.experiment())).append("\">")
                        .append(escape(row.experiment())).append("</a></td><td>").append(chartLinks(content, row))
                        .append("</td>");
            }
            h.append("</tr>\n");
            previous = row;
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static String chartLinks(ReportContent content, ClaimsTable.Row row) {
        List<ChartFile> charts = content.chartsFor(row.experiment(), row.claim());
        if (charts.isEmpty()) {
            return "<a href=\"#exp-" + escape(row.experiment()) + "\">section</a>";
        }
        StringBuilder links = new StringBuilder();
        for (ChartFile c : charts) {
            links.append(links.isEmpty() ? "" : ", ").append("<a href=\"#").append(escape(c.anchor()))
                    .append("\" title=\"").append(escape(c.figure().title())).append("\">").append(c.label())
                    .append("</a>");
        }
        return links.toString();
    }

    private static void experiment(StringBuilder h, ReportContent content, ExperimentResult<?> r) {
        h.append("<section class=\"experiment\" id=\"exp-").append(escape(r.experiment())).append("\">\n<h2>")
                .append(escape(r.experiment())).append("</h2>\n<p class=\"meta\">").append(escape(r.description()))
                .append(" · ").append(String.format("%.1f s", r.wallSeconds())).append(" · data: ");
        List<String> files = ReportContent.dataFiles(r);
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            h.append(i > 0 ? ", " : "").append("<a href=\"").append(escape(f)).append("\">")
                    .append(escape(f.substring(f.indexOf('/') + 1))).append("</a>");
        }
        h.append("</p>\n");
        if (r.interrupted()) {
            h.append("<p class=\"meta\"><b>Interrupted:</b> only the trainings that finished are summarised; "
                    + "run again with --resume to complete them.</p>\n");
        }
        h.append("<ul class=\"verdicts\">\n");
        for (ClaimVerdict v : r.claims()) {
            h.append("<li>").append(badge(v.verdict().label())).append(" <b>").append(v.claim().name()).append("</b> ")
                    .append(escape(v.evidence())).append("</li>\n");
        }
        h.append("</ul>\n");
        List<ChartFile> charts = content.chartsOf(r.experiment());
        if (!charts.isEmpty()) {
            h.append("<div class=\"figures\">\n");
            for (ChartFile c : charts) {
                figure(h, c);
            }
            h.append("</div>\n");
        }
        if (r.table() != null) {
            table(h, r.table());
        }
        h.append("</section>\n");
    }

    private static void figure(StringBuilder h, ChartFile c) {
        Figure f = c.figure();
        String src = escape(c.path());
        h.append("<figure id=\"").append(escape(c.anchor())).append("\"><a href=\"").append(src).append("\"><img src=\"")
                .append(src).append("\" alt=\"").append(escape(f.title())).append("\" width=\"")
                .append(FigureRenderer.WIDTH).append("\" height=\"").append(FigureRenderer.HEIGHT)
                .append("\"></a><figcaption><b>").append(c.label()).append("</b> ").append(escape(f.title()));
        if (!f.claims().isEmpty()) {
            h.append(" — evidence for ").append(escape(String.join(", ", f.claims().stream().map(Enum::name).toList())));
        }
        h.append("</figcaption></figure>\n");
    }

    private static void table(StringBuilder h, Table table) {
        h.append("<table class=\"data\">\n<thead><tr>");
        table.headers().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void provenance(StringBuilder h, ReportContent content) {
        h.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n")
                .append("<p class=\"meta\">Everything needed to reproduce the numbers: same settings and seeds give "
                        + "the same numbers.</p>\n<h3>Environment</h3>\n");
        keyValues(h, content.environment());
        for (ExperimentResult<?> r : content.results()) {
            h.append("<h3>").append(escape(r.experiment())).append(" settings</h3>\n");
            keyValues(h, ReportContent.settings(r));
        }
        h.append("</section>\n");
    }

    private static void keyValues(StringBuilder h, Map<String, String> values) {
        h.append("<table class=\"kv\">\n");
        values.forEach((k, v) -> h.append("<tr><th>").append(escape(k)).append("</th><td><code>").append(escape(v))
                .append("</code></td></tr>\n"));
        h.append("</table>\n");
    }

    static String badge(String verdict) {
        return "<span class=\"verdict " + Html.verdictClass(verdict) + "\">" + escape(verdict) + "</span>";
    }
}
