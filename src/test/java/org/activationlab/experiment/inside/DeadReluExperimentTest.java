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
import org.activationlab.experiment.inside.DeadReluExperiment.Moment;
import org.activationlab.experiment.inside.DeadReluExperiment.Rate;
import org.activationlab.network.Activation;
import org.activationlab.sweep.FailingExecutor;
import org.activationlab.sweep.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadReluExperimentTest {

    @Test
    void aboutHalfOfZArePositiveAndAHighRateKillsUnits(@TempDir Path tmp) throws Exception {
        var settings = new DeadReluExperiment.Settings("spiral", null, 0, 3, 32, 2, 50, 0.005, 0.1, 1, 1);
        ExperimentResult<DeadReluResult> result = new DeadReluExperiment(settings).run();
        DeadReluResult found = result.findings();
        assertEquals(4, found.results().size());
        assertEquals(4, result.provenance().cells().trained()); // activation × rate × 1 seed, each a cell
        ConfigResult reluNormal = found.result(Activation.RELU, Rate.NORMAL).orElseThrow();
        ConfigResult reluHigh = found.result(Activation.RELU, Rate.HIGH).orElseThrow();
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
        assertEquals(4 * 2 * 3, found.csv().rows().size());
        assertEquals(3, found.layers().stream().filter(r -> r.activation() == Activation.LEAKY_RELU
                && r.rate() == Rate.HIGH && r.moment() == Moment.TRAINED).count());
    }

    @Test
    void failedCellsCountInNoNumberAndLeaveTheirComparisonInconclusive() {
        var settings = new DeadReluExperiment.Settings("spiral", null, 0, 2, 8, 1, 50, 0.005, 0.1, 2, 1);
        var reluHighFails = new FailingExecutor(c -> c.label().equals("relu at the high rate"), "executor lost");
        ExperimentResult<DeadReluResult> result = new DeadReluExperiment(settings)
                .withSweep(Sweep.Options.local().withExecutor(reluHighFails)).run();
        assertEquals(2, result.failedCells());
        assertTrue(result.findings().result(Activation.RELU, Rate.HIGH).isEmpty());
        assertEquals(3, result.findings().results().size());
        assertEquals(Verdict.INCONCLUSIVE, result.verdictOn(Claim.C15).orElseThrow().verdict());
        assertTrue(result.verdictOn(Claim.C15).orElseThrow().evidence().contains("relu at the high rate: no cell finished"), result.verdictOn(Claim.C15).orElseThrow().evidence());
        // C14 needs only relu at the normal rate, which trained
        assertTrue(result.verdictOn(Claim.C14).orElseThrow().verdict() != Verdict.INCONCLUSIVE);
    }
}
