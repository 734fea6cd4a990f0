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
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VanishingExperimentTest {
    /** Small and built-in: 5 hidden layers of 16 on the spiral, one epoch of SGD, one seed. */
    static final VanishingExperiment.Settings SMALL = new VanishingExperiment.Settings("spiral", null, 0, 5, 16, 1,
            50, Optimizer.sgd(0.1), WeightInitChoice.AUTO, 128, 1, 1);

    @Test
    void sigmoidGradientShrinksTowardsTheInputMoreThanRelus(@TempDir Path tmp) throws Exception {
        ExperimentResult<VanishingResult> result = new VanishingExperiment(SMALL).run();
        List<ActivationResult> results = result.findings().results();
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
        assertEquals(4 * 2 * 5, result.findings().csv().rows().size());
        // measured inside the cells: one layer trace per network, epoch 0 and epoch 1
        assertEquals(4, result.findings().traces().size());
        assertEquals(2, result.findings().traces().get(0).trace().snapshots().size());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        assertEquals("spiral", json.get("details").get("dataset").asText());
        assertEquals(3, json.get("figures").size());
    }

    @Test
    void tooFewLayersIsRejectedWithTheField() {
        var e = assertThrows(InvalidSpecException.class,
                () -> SMALL.withHiddenLayers(1));
        assertEquals("hiddenLayers", e.field());
    }
}
