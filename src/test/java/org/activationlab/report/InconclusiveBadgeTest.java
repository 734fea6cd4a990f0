package org.activationlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Provenance;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.sweep.CellCounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Nothing was measured" never looks like the statistical finding "not significant". */
class InconclusiveBadgeTest {

    @Test
    void inconclusiveHasItsOwnBadgeBesideNotSignificant(@TempDir Path dir) throws Exception {
        var verdicts = List.of(new ClaimVerdict(Claim.C12, Verdict.INCONCLUSIVE, "Too few usable runs: tanh 0 of 2"),
                new ClaimVerdict(Claim.C13, Verdict.NOT_SIGNIFICANT, "relu vs tanh p = 0.4"));
        var result = new ExperimentResult<>("handmade", "built by hand", new Provenance(Map.of(),
                Provenance.Environment.current(), null, new CellCounts(4, 0, 4, 4, List.of("x: boom"))),
                new ReportWriterTest.Handmade(verdicts, List.of(), Table.of(List.of("a"))), 0.1, false);
        Path index = ReportWriter.write(List.of(result), dir);
        Document html = Jsoup.parse(Files.readString(index));
        String inconclusive = html.select("span.verdict.v-inconclusive").first().text();
        String notSignificant = html.select("span.verdict.v-not-significant").first().text();
        assertEquals("inconclusive", inconclusive);
        assertEquals("not significant", notSignificant);
        String css = html.select("style").html();
        assertTrue(css.contains(".v-inconclusive{"), "the badge is styled");
        assertNotEquals(style(css, ".v-inconclusive{"), style(css, ".v-not-significant{"));
        assertTrue(Files.readString(dir.resolve("report.md")).contains("inconclusive"));
        // a run with failed cells is written as partial, never as the summary of a complete run
        assertTrue(Files.exists(dir.resolve("handmade/summary.partial.json")));
    }

    private static String style(String css, String selector) {
        int start = css.indexOf(selector) + selector.length();
        return css.substring(start, css.indexOf('}', start));
    }
}
