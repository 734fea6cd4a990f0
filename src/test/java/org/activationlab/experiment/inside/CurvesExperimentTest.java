package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.CurvesExperiment.CurveResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvesExperimentTest {
    private static ExperimentResult<?> result;

    @BeforeAll
    static void runOnce() {
        result = new CurvesExperiment(new CurvesExperiment.Settings(-6, 6, 121, 20_000, 2.0, 0.01, 1)).run();
    }

    @SuppressWarnings("unchecked")
    private static CurveResult curve(String activation) {
        return ((List<CurveResult>) result.results()).stream().filter(r -> r.activation().equals(activation))
                .findFirst().orElseThrow();
    }

    @Test
    void dl4jAndHandAgreeForEveryActivation() {
        for (String a : List.of("sigmoid", "tanh", "relu", "leakyrelu", "identity")) {
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
        assertEquals(2, json.get("figures").size());
        assertEquals(5, json.get("figures").get(0).get("series").size());
        assertEquals(0.25, json.get("results").get(0).get("max_slope").asDouble(), 1e-9);
    }
}
