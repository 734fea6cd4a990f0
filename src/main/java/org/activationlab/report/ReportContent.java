package org.activationlab.report;

import org.activationlab.io.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;

/**
 * What the HTML and Markdown reports both show, computed once from the results alone.
 *
 * @param results   the experiments, in run order
 * @param claims    the claims table rows
 * @param charts    every figure's PNG, in experiment order
 * @param generated when the report was written
 */
record ReportContent(List<ExperimentResult<?>> results, List<ClaimsTable.Row> claims, List<ChartFile> charts,
                     Instant generated) {

    ReportContent {
        results = List.copyOf(results);
        claims = List.copyOf(claims);
        charts = List.copyOf(charts);
    }

    /** The charts of one experiment. */
    List<ChartFile> chartsOf(String experiment) {
        return charts.stream().filter(c -> c.experiment().equals(experiment)).toList();
    }

    /** The charts an experiment offers as evidence for a claim. */
    List<ChartFile> chartsFor(String experiment, Claim claim) {
        return charts.stream().filter(c -> c.shows(experiment, claim)).toList();
    }

    /** The claims table row count of each claim, for row spans. */
    long rowsOf(Claim claim) {
        return claims.stream().filter(r -> r.claim() == claim).count();
    }

    /** "2026-11-27 19:06 UTC · 3 experiments · 61.2 s of experiments": the line under the title. */
    String headline() {
        int n = results.size();
        return String.format("%s · %d experiment%s · %.1f s of experiments", HtmlReport.WHEN.format(generated), n,
                n == 1 ? "" : "s", totalWallSeconds());
    }

    double totalWallSeconds() {
        return results.stream().mapToDouble(ExperimentResult::wallSeconds).sum();
    }

    /**
     * Library versions, Java, OS, cores and threads (the same for every experiment of one run), the
     * experiments' total wall time and when the report was written.
     */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (!results.isEmpty()) {
            Map<?, ?> m = Json.MAPPER.convertValue(results.get(0).provenance().environment(), Map.class);
            m.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        }
        env.put("experiments' wall time", String.format("%.1f s", totalWallSeconds()));
        env.put("generated", HtmlReport.WHEN.format(generated));
        return env;
    }

    /**
     * An experiment's settings (seeds, steps, rates…) as snake_case name → value text, then where its
     * cells trained, how many were reused, trained and failed, and its wall time.
     */
    static Map<String, String> settings(ExperimentResult<?> result) {
        Map<String, String> out = new LinkedHashMap<>();
        Object settings = result.provenance().settings();
        if (settings != null) {
            Map<?, ?> map = Json.MAPPER.convertValue(settings, Map.class);
            map.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> || v instanceof List<?> ? json(v)
                    : String.valueOf(v)));
        }
        var cells = result.provenance().cells();
        if (cells.total() > 0) {
            out.put("executor", result.provenance().executor() == null ? "none (every cell reused)"
                    : result.provenance().executor());
            out.put("cells", String.format("%d: %d reused, %d trained, %d failed", cells.total(), cells.reused(),
                    cells.trained(), cells.failed()));
        }
        out.put("wall time", String.format("%.1f s", result.wallSeconds()));
        return out;
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** The experiment's files beside the report, relative to it. */
    static List<String> dataFiles(ExperimentResult<?> result) {
        String summary = result.experiment() + "/" + ResultWriter.summaryFile(result);
        return result.csv().isEmpty() ? List.of(summary)
                : List.of(summary, result.experiment() + "/" + ResultWriter.runsFile(result));
    }
}
