package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.OutputsExperiment.HeadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsExperimentTest {

    @Test
    @SuppressWarnings("unchecked")
    void articlesHeadsFitTheirTasks(@TempDir Path tmp) throws Exception {
        var settings = new OutputsExperiment.Settings("reg-plane", "circle", "iris", 2, 16, 10, 50, 0.01, 1, 1);
        ExperimentResult<?> result = new OutputsExperiment(settings).run();
        List<HeadResult> heads = (List<HeadResult>) result.results();
        assertEquals(6, heads.size());
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
}
