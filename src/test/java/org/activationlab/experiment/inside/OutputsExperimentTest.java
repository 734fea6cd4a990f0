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
import org.activationlab.experiment.inside.OutputsExperiment.HeadResult;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsExperimentTest {

    @Test
    void articlesHeadsFitTheirTasks(@TempDir Path tmp) throws Exception {
        var settings = new OutputsExperiment.Settings("reg-plane", "circle", "iris", 2, 16, 10, 50, 0.01, 1, 1);
        ExperimentResult<OutputsResult> result = new OutputsExperiment(settings).run();
        List<HeadResult> heads = result.findings().results();
        assertEquals(6, heads.size());
        assertEquals(6, result.provenance().cells().trained(), "one cell per head and seed");
        HeadResult identity = heads.get(0);
        HeadResult sigmoidRegression = heads.get(1);
        // reg-plane has negative targets; a sigmoid output can never produce them.
        assertTrue(identity.targetMin() < -0.5);
        assertTrue(sigmoidRegression.predictionMin() >= 0);
        assertTrue(identity.testR2() > sigmoidRegression.testR2() + 0.2,
                identity.testR2() + " vs " + sigmoidRegression.testR2());
        HeadResult softmax = heads.get(4);
        HeadResult sigmoids = heads.get(5);
        assertTrue(softmax.outputSumError() < 1e-5, "softmax rows sum to 1");
        assertTrue(sigmoids.outputSumError() > 1e-3, "independent sigmoids do not");
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C7).orElseThrow().verdict());
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C1).orElseThrow().verdict());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        assertEquals(List.of("C1", "C7", "C8", "C10"), SummaryJson.claimIds(json));
        String described = json.get("details").get("describe").toString();
        assertTrue(described.contains("deep (C1)   : yes"), described);
        assertTrue(described.contains("explicit override"), described);
    }

    @Test
    void aHeadWithoutFinishedRunsMakesItsClaimInconclusive() {
        HeadResult identity = new HeadResult("regression", "reg-plane", "identity × 1 + MSE", true, 337, Double.NaN,
                0.01, 0.9, Double.NaN, -1, 1, -1, 1, 0.5, 0.01);
        List<ClaimVerdict> verdicts = OutputVerdicts.judge(List.of(identity),
                NetworkSpec.input(2).hidden(2, 4, Activation.RELU).output(OutputHead.binary()).build(),
                NetworkSpec.input(2).hidden(4, Activation.RELU).output(OutputHead.binary()).build());
        assertEquals(List.of(Verdict.SUPPORTED, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE),
                verdicts.stream().map(ClaimVerdict::verdict).toList());
        assertTrue(verdicts.get(1).evidence().contains("alternative head on regression"), verdicts.get(1).evidence());
        assertEquals(Verdict.INCONCLUSIVE, OutputVerdicts.c1(List.of(), null, null).verdict());
    }
}
