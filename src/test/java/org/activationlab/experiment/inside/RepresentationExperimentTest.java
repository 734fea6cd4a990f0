package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.RepresentationExperiment.Run;
import org.activationlab.network.Activation;
import org.activationlab.network.InvalidSpecException;
import org.activationlab.sweep.FailingExecutor;
import org.activationlab.sweep.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepresentationExperimentTest {

    @Test
    void hiddenCoordinatesAreLinearlySeparableWhileRawInputsAreNot(@TempDir Path tmp) throws Exception {
        ExperimentResult<RepresentationResult> result =
                new RepresentationExperiment(RepresentationExperiment.Settings.defaults()).run();
        RepresentationResult found = result.findings();
        assertEquals(2, result.provenance().cells().trained()); // the MLP (with its probe) and the raw regression
        Run run = found.results().get(0);
        assertTrue(run.rawAccuracy() <= 0.7, "raw " + run.rawAccuracy());
        assertTrue(run.hiddenAccuracy() >= 0.95, "hidden " + run.hiddenAccuracy());
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C3).orElseThrow().verdict());
        // the coordinates measured inside the cell: one row per test point, one column per hidden unit
        assertEquals(found.inputs().xy().length, found.hidden().xy().length);
        assertEquals(2, found.hidden().xy()[0].length);

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        JsonNode hidden = json.get("figures").get(1);
        assertEquals("hidden-representation", hidden.get("id").asText());
        assertEquals("SCATTER", hidden.get("kind").asText());
        int points = hidden.get("series").get(0).get("x").size() + hidden.get("series").get(1).get("x").size();
        assertEquals(json.get("details").get("data_parameters").get("points").asInt() / 2, points);
    }

    @Test
    void identityHiddenLayerIsRejected() {
        var e = assertThrows(InvalidSpecException.class, () -> new RepresentationExperiment.Settings("circle",
                DataOptions.defaults(), 8, 2, Activation.IDENTITY, 30, 50, 0.03, 0.05, 1, 1));
        assertEquals("activation", e.field());
    }

    @Test
    void withEveryCellFailedC3IsInconclusiveAndNoHiddenPointsAreDrawn() {
        ExperimentResult<RepresentationResult> result = new RepresentationExperiment(RepresentationExperiment.Settings
                .defaults().withSeeds(2)).withSweep(Sweep.Options.local().withExecutor(FailingExecutor.everyCell(
                "executor lost"))).run();
        assertEquals(4, result.failedCells());
        assertTrue(result.findings().results().isEmpty());
        assertEquals(Verdict.INCONCLUSIVE, result.verdictOn(Claim.C3).orElseThrow().verdict());
        assertTrue(result.verdictOn(Claim.C3).orElseThrow().evidence().contains("4 of 4 cells failed"),
                result.verdictOn(Claim.C3).orElseThrow().evidence());
        assertEquals(1, result.findings().figures().size()); // the raw inputs only
    }
}
