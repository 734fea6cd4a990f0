package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.DeadReluExperiment.ConfigResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadReluExperimentTest {

    @Test
    @SuppressWarnings("unchecked")
    void aboutHalfOfZArePositiveAndAHighRateKillsUnits(@TempDir Path tmp) throws Exception {
        var settings = new DeadReluExperiment.Settings("spiral", null, 0, 3, 32, 2, 50, 0.005, 0.1, 1, 1);
        ExperimentResult<?> result = new DeadReluExperiment(settings).run();
        List<ConfigResult> configs = (List<ConfigResult>) result.results();
        assertEquals(4, configs.size());
        ConfigResult reluNormal = configs.get(0);
        ConfigResult reluHigh = configs.get(1);
        assertEquals("relu/normal", reluNormal.activation() + "/" + reluNormal.rate());
        assertEquals("relu/high", reluHigh.activation() + "/" + reluHigh.rate());
        // He init with zero biases: z is symmetric around 0, so about half are positive.
        assertEquals(0.5, reluNormal.positiveAtInit(), 0.15);
        assertTrue(reluHigh.deadTrained() > reluNormal.deadTrained() + 0.2,
                "high " + reluHigh.deadTrained() + " vs normal " + reluNormal.deadTrained());
        assertEquals(Verdict.REFUTED, result.verdictOn(Claim.C14).orElseThrow().verdict());
        // one seed per configuration: Welch's test has nothing to work with
        assertEquals(Verdict.INCONCLUSIVE, result.verdictOn(Claim.C15).orElseThrow().verdict());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        assertEquals(List.of("C14", "C15"), SummaryJson.claimIds(json));
        // 4 configurations × 1 seed × (init, trained) × 3 hidden layers.
        assertEquals(4 * 2 * 3, result.csv().rows().size());
    }
}
