package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.inside.VanishingExperiment.ActivationResult;
import org.activationlab.network.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VanishingExperimentTest {

    @Test
    @SuppressWarnings("unchecked")
    void sigmoidGradientShrinksTowardsTheInputMoreThanRelus(@TempDir Path tmp) throws Exception {
        // Small and built-in: 5 hidden layers of 16 on the spiral, one epoch.
        var settings = new VanishingExperiment.Settings("spiral", null, 0, 5, 16, 1, 50, 0.1, 128, 1);
        ExperimentResult<?> result = new VanishingExperiment(settings).run();
        List<ActivationResult> results = (List<ActivationResult>) result.results();
        ActivationResult sigmoid = results.get(0);
        ActivationResult relu = results.get(2);
        assertEquals("sigmoid", sigmoid.activation());
        assertEquals("relu", relu.activation());
        assertTrue(sigmoid.ratioAtInit() < relu.ratioAtInit(),
                "sigmoid " + sigmoid.ratioAtInit() + " vs relu " + relu.ratioAtInit());
        // Each sigmoid layer passes back at most 1/4 of the gradient scale: expect clear shrinkage.
        assertTrue(sigmoid.shrinkPerLayer() < 0.6, "per layer " + sigmoid.shrinkPerLayer());
        assertEquals(5, sigmoid.gradientNormsAtInit().length);
        // 4 activations × 2 snapshots (init, epoch 1) × 5 hidden layers.
        assertEquals(4 * 2 * 5, result.runs().size());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        assertEquals("spiral", json.get("details").get("dataset").asText());
        assertEquals(3, json.get("figures").size());
    }

    @Test
    void tooFewLayersIsRejectedWithTheField() {
        var e = assertThrows(InvalidSpecException.class,
                () -> new VanishingExperiment.Settings("spiral", null, 0, 1, 16, 1, 50, 0.1, 128, 1));
        assertEquals("hiddenLayers", e.field());
    }
}
