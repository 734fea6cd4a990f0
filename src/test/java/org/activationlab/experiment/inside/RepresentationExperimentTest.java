package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.experiment.inside.RepresentationExperiment.Run;
import org.activationlab.network.Activation;
import org.activationlab.network.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepresentationExperimentTest {

    @Test
    void hiddenCoordinatesAreLinearlySeparableWhileRawInputsAreNot(@TempDir Path tmp) throws Exception {
        ExperimentResult<?> result = new RepresentationExperiment(RepresentationExperiment.Settings.defaults()).run();
        Run run = (Run) result.results().get(0);
        assertTrue(run.rawAccuracy() <= 0.7, "raw " + run.rawAccuracy());
        assertTrue(run.hiddenAccuracy() >= 0.95, "hidden " + run.hiddenAccuracy());
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C3).orElseThrow().verdict());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        JsonNode hidden = json.get("figures").get(1);
        assertEquals("hidden-representation", hidden.get("id").asText());
        assertEquals("SCATTER", hidden.get("kind").asText());
        int points = hidden.get("series").get(0).get("x").size() + hidden.get("series").get(1).get("x").size();
        assertEquals(json.get("details").get("data_parameters").get("points").asInt() / 2, points);
    }

    @Test
    void identityHiddenLayerIsRejected() {
        var e = assertThrows(InvalidSpecException.class,
                () -> new RepresentationExperiment.Settings("circle", 8, 2, Activation.IDENTITY, 30, 50, 0.03, 1, 1));
        assertEquals("activation", e.field());
    }
}
