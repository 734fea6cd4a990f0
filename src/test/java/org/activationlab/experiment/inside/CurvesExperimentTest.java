package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.CurvesExperiment.CurveResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvesExperimentTest {
    private static final CurvesExperiment.Settings SETTINGS = new CurvesExperiment.Settings(-6, 6, 121, 20_000, 2.0,
            0.01, 1);
    private static ExperimentResult<CurvesResult> result;

    @BeforeAll
    static void runOnce() {
        result = new CurvesExperiment(SETTINGS).run();
    }

    private static CurveResult curve(String activation) {
        return result.findings().result(activation).orElseThrow();
    }

    @Test
    void dl4jAndHandAgreeForEveryActivation() {
        for (String a : List.of("sigmoid", "tanh", "relu", "leakyrelu", "identity", "elu", "selu", "gelu", "swish",
                "softplus")) {
            assertTrue(curve(a).maxValueDifference() <= 1e-6, a);
            assertTrue(curve(a).maxSlopeDifference() <= 1e-6, a);
        }
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C16).orElseThrow().verdict());
    }

    @Test
    void measuredShapesOfTheCurves() {
        assertEquals(0.25, curve("sigmoid").maxSlope(), 1e-9); // grid contains z = 0
        assertEquals(1.0, curve("tanh").maxSlope(), 1e-9);
        assertEquals(0.5, curve("sigmoid").meanOutputCentred(), 0.01);
        assertEquals(0.0, curve("tanh").meanOutputCentred(), 0.02);
        assertTrue(curve("sigmoid").meanOutputShifted() > 0.8, "shifted inputs move the sigmoid's mean");
        assertEquals(0.5, curve("relu").nonZeroSlopeFraction(), 0.02);
        assertEquals(1.0, curve("leakyrelu").nonZeroSlopeFraction(), 1e-12);
        assertEquals(-6 * 0.01, curve("leakyrelu").minOnGrid(), 1e-9, "the layer holds the settings' slope");
    }

    @Test
    void everyActivationIsACellOnTheExecutor() {
        assertEquals(10, result.provenance().cells().trained());
        assertTrue(result.provenance().executor().startsWith("local"), result.provenance().executor());
        assertEquals(10, result.findings().curves().size());
        assertEquals(121 * 10, result.csv().rows().size());
    }

    @Test
    void aClaimWhoseCurveIsMissingIsInconclusive() {
        List<CurveResult> withoutRelu = result.findings().results().stream()
                .filter(r -> !r.activation().equals("relu")).toList();
        List<ClaimVerdict> verdicts = new CurvesExperiment(SETTINGS).judge(withoutRelu);
        assertEquals(List.of(Verdict.PARTLY, Verdict.PARTLY, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE),
                verdicts.stream().map(ClaimVerdict::verdict).toList());
        assertTrue(verdicts.get(2).evidence().contains("No curve of relu"), verdicts.get(2).evidence());
    }

    /** The modern curves' known shapes, from their definitions. */
    @Test
    void modernCurvesHaveTheirTextbookRangesAndSlopes() {
        assertEquals(Math.expm1(-6), curve("elu").minOnGrid(), 1e-12, "ELU tends to −1 on the left");
        assertEquals(-1.0507009873554805 * 1.6732632423543772 * -Math.expm1(-6), curve("selu").minOnGrid(), 1e-9);
        assertEquals(1.0507009873554805 * 1.6732632423543772, curve("selu").maxSlope(), 1e-9,
                "SELU's largest slope is λα at z = 0 (DL4J takes the left slope there)");
        assertEquals(Math.log1p(Math.exp(6)), curve("softplus").maxOnGrid(), 1e-12);
        assertTrue(curve("softplus").minOnGrid() > 0, "softplus is positive everywhere");
        assertTrue(curve("swish").minOnGrid() < -0.27 && curve("swish").minOnGrid() > -0.28,
                "Swish dips to about −0.278 near z = −1.28");
        assertTrue(curve("gelu").maxSlope() > 1 && curve("swish").maxSlope() > 1,
                "GELU and Swish overshoot slope 1 just right of 0");
        // SELU keeps a centred unit Gaussian near mean 0 (its self-normalising fixed point); ELU does not quite.
        assertEquals(0.0, curve("selu").meanOutputCentred(), 0.02);
        assertEquals(1.0, curve("selu").nonZeroSlopeFraction(), 1e-12, "no zero slope anywhere");
    }

    @Test
    void c16IsJudgedOnTheArticlesFunctionsAndNamesTheOthers() {
        String evidence = result.verdictOn(Claim.C16).orElseThrow().evidence();
        assertTrue(evidence.contains("over the article's 5 activations"), evidence);
        assertTrue(evidence.contains("The 5 other functions (elu, selu, gelu, swish, softplus)"), evidence);
    }

    @Test
    void meanOfHalfHoldsOnlyForCentredInputsSoC9IsPartly() {
        assertEquals(Verdict.PARTLY, result.verdictOn(Claim.C9).orElseThrow().verdict());
        assertEquals(Verdict.PARTLY, result.verdictOn(Claim.C12).orElseThrow().verdict());
        assertEquals(Verdict.PARTLY, result.verdictOn(Claim.C13).orElseThrow().verdict());
    }

    @Test
    void summaryJsonRoundTrips(@TempDir Path tmp) throws Exception {
        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        assertEquals(List.of("C9", "C12", "C13", "C16"), SummaryJson.claimIds(json));
        assertEquals(4, json.get("figures").size(), "the article's curves and slopes, then the modern ones");
        assertEquals(5, json.get("figures").get(0).get("series").size(), "the article's four and identity");
        assertEquals(6, json.get("figures").get(2).get("series").size(), "the modern five and ReLU for reference");
        assertEquals(0.25, json.get("results").get(0).get("max_slope").asDouble(), 1e-9);
    }
}
