package org.activationlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CsvRows;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Findings;
import org.activationlab.experiment.Provenance;
import org.activationlab.sweep.CellCounts;
import org.activationlab.experiment.Figure;
import org.activationlab.experiment.Table;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.XorExperiment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a quick run: a small XOR experiment plus a hand-made result with one figure of each kind. */
class ReportWriterTest {
    /** Findings built by hand: no results, no CSV. */
    record Handmade(List<ClaimVerdict> verdicts, List<Figure> figures, Table table) implements Findings {
        @Override
        public List<?> results() {
            return List.of();
        }

        @Override
        public CsvRows<?> csv() {
            return CsvRows.none();
        }
    }

    /** Text that would become markup if the report forgot to escape it. */
    static final String HOSTILE = "<script>alert('x')</script> & <b>bold</b> | 1";

    @TempDir
    static Path dir;
    static List<ExperimentResult<?>> results;
    static Path index;
    static Document html;

    @BeforeAll
    static void writeReport() throws Exception {
        ExperimentResult<?> xor = new XorExperiment(new XorExperiment.Settings(2, 1, 30, 0.05, 4, 1, 10)).run();
        results = List.of(xor, handMade());
        index = ReportWriter.write(results, dir);
        html = Jsoup.parse(index.toFile(), "UTF-8");
    }

    /** One figure of each kind, a second verdict on C4 and a hostile evidence string. */
    static ExperimentResult<?> handMade() {
        double[] x = {0, 1, 2, 3, 4, 5};
        List<Figure> figures = List.of(
                new Figure("loss", "Loss per activation", Figure.Kind.LINE, "epoch", "loss", true, List.of(
                        new Figure.Series("relu", x, new double[]{1, .5, .3, .2, .1, .05},
                                new double[]{.8, .4, .2, .1, .05, .02}, new double[]{1.2, .6, .4, .3, .2, .1}, null),
                        new Figure.Series("tanh", x, new double[]{1, .7, .5, .4, .3, 0})), null, List.of(Claim.C13)),
                new Figure("representation", "Hidden representation", Figure.Kind.SCATTER, "h1", "h2", false, List.of(
                        new Figure.Series("class 0", new double[]{0, .2, .1}, new double[]{0, .1, .3}),
                        new Figure.Series("class 1", new double[]{1, .8, .9}, new double[]{1, .9, .7})), null,
                        List.of(Claim.C3)),
                new Figure("dead units", "Dead units per layer", Figure.Kind.BAR, "layer", "dead (fraction)", false,
                        List.of(new Figure.Series("relu", new double[]{0, 1}, new double[]{.1, .4}, null, null,
                                List.of("layer 1", "layer 2"))), null, List.of(Claim.C14)),
                new Figure("../boundary", "Boundary", Figure.Kind.HEATMAP, "x1", "x2", false, List.of(),
                        new Figure.Heatmap(new double[]{0, 1}, new double[]{0, 1}, new double[][]{{.1, .9}, {.9, .1}},
                                List.of(new Figure.Series("false", new double[]{0}, new double[]{0}),
                                        new Figure.Series("true", new double[]{1}, new double[]{0}))),
                        List.of(Claim.C4)));
        List<ClaimVerdict> verdicts = List.of(new ClaimVerdict(Claim.C4, Verdict.SUPPORTED, "hand-made evidence"),
                new ClaimVerdict(Claim.C13, Verdict.NOT_SIGNIFICANT, HOSTILE));
        Provenance provenance = new Provenance(Map.of("seeds", 3), Provenance.Environment.current(), null,
                CellCounts.none());
        Table table = Table.of(List.of("model", "value")).withRow(HOSTILE, 0.5);
        return new ExperimentResult<>("handmade", "a result built by hand", provenance,
                new Handmade(verdicts, figures, table), 1.5, false);
    }

    @Test
    void everyImageLinkIsAReadablePngOfSensibleSize() throws Exception {
        List<Element> images = html.select("img");
        assertEquals(3 + 4, images.size(), "3 XOR figures + 4 hand-made ones");
        for (Element img : images) {
            String src = img.attr("src");
            Path file = dir.resolve(src).normalize();
            assertTrue(file.startsWith(dir), "image stays inside the report folder: " + src);
            BufferedImage png = ImageIO.read(file.toFile());
            assertNotNull(png, "not a readable image: " + src);
            assertTrue(png.getWidth() >= 300 && png.getHeight() >= 300, src + " is " + png.getWidth() + "×" + png.getHeight());
            assertTrue(src.endsWith(".png"));
        }
    }

    @Test
    void everyLinkResolvesInsideTheReport() {
        Set<String> ids = new java.util.HashSet<>(html.select("[id]").eachAttr("id"));
        for (String href : html.select("a[href]").eachAttr("href")) {
            assertFalse(href.matches("^[a-z]+:.*|^//.*|^/.*"), "link must be relative: " + href);
            if (href.startsWith("#")) {
                assertTrue(ids.contains(href.substring(1)), "anchor without target: " + href);
            } else {
                assertTrue(Files.isRegularFile(dir.resolve(href)), "missing file: " + href);
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve("xor/runs.csv")));
        assertTrue(Files.isRegularFile(dir.resolve("handmade/summary.json")));
    }

    @Test
    void claimsTableListsEveryClaimOnceWithAVerdict() {
        List<Element> claimCells = html.select("table.claims td.claim");
        List<String> expected = java.util.Arrays.stream(Claim.values()).map(c -> "claim-" + c.name()).toList();
        assertEquals(expected, claimCells.stream().map(e -> e.id()).toList());
        Set<String> verdicts = Set.of("supported", "partly", "refuted", "not significant", "definition", "not measured");
        for (Element row : html.select("table.claims tbody tr")) {
            assertTrue(verdicts.contains(row.select("span.verdict").text()), row.text());
        }
        assertEquals("definition", verdictsOf(Claim.C2).get(0));
        assertEquals(List.of("not measured"), verdictsOf(Claim.C9));
        // C4 judged by two experiments: one claim cell spanning one row per experiment.
        assertEquals("2", html.getElementById("claim-C4").attr("rowspan"));
        assertEquals(2, verdictsOf(Claim.C4).size());
        assertEquals(List.of("not significant"), verdictsOf(Claim.C13));
    }

    /** The verdicts in the rows of one claim (its first row plus the rows its cell spans). */
    private static List<String> verdictsOf(Claim claim) {
        Element first = html.getElementById("claim-" + claim.name()).parent();
        int span = Math.max(1, Integer.parseInt("0" + first.selectFirst("td.claim").attr("rowspan")));
        List<String> verdicts = new ArrayList<>();
        Element row = first;
        for (int i = 0; i < span; i++, row = row.nextElementSibling()) {
            verdicts.add(row.select("span.verdict").text());
        }
        return verdicts;
    }

    @Test
    void claimRowsLinkToTheChartsThatShowThem() {
        Element c13 = html.getElementById("claim-C13").parent();
        Element link = c13.selectFirst("a[href^=#fig-]");
        assertNotNull(link, c13.outerHtml());
        Element figure = html.getElementById(link.attr("href").substring(1));
        assertEquals("figure", figure.tagName());
        assertEquals("Loss per activation", figure.selectFirst("img").attr("alt"));
    }

    @Test
    void textFromResultsIsEscapedAndThePageHasNoScripts() throws Exception {
        assertTrue(html.select("script").isEmpty(), "no script element: the hostile text was escaped");
        assertTrue(html.select("link[href], iframe").isEmpty(), "no external resources");
        assertTrue(html.text().contains(HOSTILE), "hostile text shown literally");
        assertEquals(1, html.select("style").size(), "inline CSS");
        String raw = Files.readString(index);
        assertFalse(raw.contains("<script"), "raw page");
    }

    @Test
    void sectionsAndProvenanceFollowTheClaims() {
        List<String> sections = html.select("main > section").eachAttr("id");
        assertEquals(List.of("claims", "exp-xor", "exp-handmade", "provenance"), sections);
        String provenance = html.getElementById("provenance").text();
        assertTrue(provenance.contains("dl4j_version 1.0.0-M2.1"), provenance);
        assertTrue(provenance.contains("first_seed 1") && provenance.contains("steps 30"), provenance);
        assertTrue(provenance.contains("omp_num_threads"), provenance);
        assertTrue(provenance.contains("wall time"), provenance);
    }

    @Test
    void markdownHasTheSameClaimsAndCharts() throws Exception {
        String md = Files.readString(dir.resolve("report.md"));
        for (Claim c : Claim.values()) {
            assertTrue(md.contains("| **" + c.name() + "** "), c.name());
        }
        for (Element img : html.select("img")) {
            assertTrue(md.contains("](" + img.attr("src") + ")"), img.attr("src"));
        }
        assertFalse(md.contains("<script"), "Markdown passes raw HTML through, so results are escaped there too");
        assertTrue(md.contains("&lt;b&gt;bold&lt;/b&gt; \\| 1"), "escaped pipe keeps the table cell intact");
    }

    /** A chart that cannot be written fails the report with its own error, and no page links to missing charts. */
    @Test
    void aChartThatCannotBeWrittenFailsTheReportBeforeAnyPage(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("handmade"), "a file where the charts' folder should be");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ReportWriter.writeReport(List.of(handMade()), elsewhere));
        assertTrue(e.getMessage().contains("handmade"), e.getMessage());
        assertFalse(Files.exists(elsewhere.resolve("index.html")));
        assertFalse(Files.exists(elsewhere.resolve("report.md")));
    }

    @Test
    void figureIdsBecomeSafeFileNames() {
        assertTrue(Files.isRegularFile(dir.resolve("handmade/boundary.png")), "'../boundary' stays in its folder");
        assertTrue(Files.isRegularFile(dir.resolve("handmade/dead-units.png")));
        assertFalse(Files.exists(dir.resolve("boundary.png")));
    }
}
