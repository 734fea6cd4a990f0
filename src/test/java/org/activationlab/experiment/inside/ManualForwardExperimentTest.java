package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.ManualForwardExperiment.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualForwardExperimentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyTrainedNetworkAgreesWithItsHandPass(@TempDir Path tmp) throws Exception {
        ExperimentResult<?> result = new ManualForwardExperiment(new ManualForwardExperiment.Settings(30, 0.05, 5, 3)).run();
        List<Check> checks = (List<Check>) result.results();
        assertEquals(3, checks.size());
        for (Check c : checks) {
            assertTrue(c.maxAbsDifference() <= 1e-5, c.toString());
            assertEquals(25 + 4, c.examples());
        }
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C16).orElseThrow().verdict());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        String code = json.get("details").get("code_path").get("softmax output").toString();
        assertTrue(code.contains("Transforms.exp(z3 - rowMax(z3))"), code);
    }
}
