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
import org.activationlab.experiment.inside.ManualForwardExperiment.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualForwardExperimentTest {
    private static final ManualForwardExperiment.Settings SETTINGS = new ManualForwardExperiment.Settings(30, 0.05, 5,
            2, 3);

    @Test
    void everyTrainedNetworkAgreesWithItsHandPass(@TempDir Path tmp) throws Exception {
        ExperimentResult<ManualForwardResult> result = new ManualForwardExperiment(SETTINGS).run();
        List<Check> checks = result.findings().results();
        assertEquals(6, checks.size(), "3 networks × 2 seeds");
        assertEquals(List.of(3L, 4L), checks.stream().filter(c -> c.network().equals("softmax output"))
                .map(Check::seed).toList());
        for (Check c : checks) {
            assertTrue(c.maxAbsDifference() <= 1e-5, c.toString());
            assertEquals(25 + 4, c.examples());
        }
        assertEquals(6, result.provenance().cells().trained());
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C16).orElseThrow().verdict());
        assertTrue(result.findings().codePaths().get("softmax output").stream()
                .anyMatch(line -> line.contains("Transforms.exp(z3 - rowMax(z3))")));

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        String code = json.get("details").get("code_path").get("softmax output").toString();
        assertTrue(code.contains("Transforms.exp(z3 - rowMax(z3))"), code);
        assertEquals(List.of("sigmoid output", "softmax output", "identity output"),
                List.copyOf(result.findings().codePaths().keySet()));
    }

    @Test
    void aNetworkWithoutFinishedRunsMakesTheVerdictInconclusive() {
        ManualForwardExperiment experiment = new ManualForwardExperiment(SETTINGS);
        List<Check> onlyTwo = List.of(new Check("sigmoid output", "2-8-8-1", 3, 29, 1e-7, true, 0.1),
                new Check("softmax output", "2-8-8-2", 3, 29, 1e-7, true, 0.1));
        ClaimVerdict v = experiment.judge(onlyTwo);
        assertEquals(Verdict.INCONCLUSIVE, v.verdict());
        assertTrue(v.evidence().contains("identity output"), v.evidence());
    }
}
