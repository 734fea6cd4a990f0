package org.activationlab.experiment.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.experiment.ActivationVerdicts.Finding;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.inside.RemedyVerdicts.Comparison;
import org.activationlab.experiment.inside.RemedyVerdicts.Family;
import org.activationlab.experiment.inside.RemedyVerdicts.Measure;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Settings;
import org.activationlab.experiment.inside.VanishingRemediesExperiment.Setup;
import org.activationlab.network.Activation;
import org.activationlab.network.InvalidSpecException;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VanishingRemediesExperimentTest {
    /** Small and built-in: 10 sigmoid layers of 8 on the spiral, naive vs Xavier, with and without batch norm. */
    static final Settings SMALL = new Settings("spiral", null, 0, 10, 8, List.of(Activation.SIGMOID),
            WeightInitChoice.NAIVE_NORMAL, List.of(WeightInitChoice.XAVIER), 1, 50, Optimizer.sgd(0.1), 0.5, 128, 2, 1);

    private static final Setup NAIVE = new Setup(Activation.SIGMOID, WeightInitChoice.NAIVE_NORMAL, false);
    private static final Setup XAVIER = new Setup(Activation.SIGMOID, WeightInitChoice.XAVIER, false);
    private static final Setup NAIVE_BN = new Setup(Activation.SIGMOID, WeightInitChoice.NAIVE_NORMAL, true);

    @Test
    void theNaiveInitStarvesTheFirstLayerAndXavierAndBatchNormLiftIt(@TempDir Path tmp) throws Exception {
        ExperimentResult<VanishingRemediesResult> result = new VanishingRemediesExperiment(SMALL).run();
        VanishingRemediesResult f = result.findings();
        double naive = f.result(NAIVE).orElseThrow().ratioAtInit();
        double xavier = f.result(XAVIER).orElseThrow().ratioAtInit();
        double naiveBn = f.result(NAIVE_BN).orElseThrow().ratioAtInit();
        // per layer ≈ 0.25 · 0.01 · √8 with N(0, 0.01²) against ≈ 0.25 · √(2/16) · √8 with Xavier: nine layers apart
        assertTrue(naive < xavier * 1e-6, "naive " + naive + " vs xavier " + xavier);
        assertTrue(naiveBn > 1e-2, "batch norm re-scales every layer: " + naiveBn);

        Comparison init = comparison(f, Family.INITIALISATION, XAVIER);
        assertEquals(NAIVE, init.baseline());
        assertEquals(Finding.BETTER, init.aspect(Measure.GRADIENT_AT_INIT).finding(), init.toString());
        Comparison bn = comparison(f, Family.BATCH_NORM, NAIVE_BN);
        assertEquals(Finding.BETTER, bn.aspect(Measure.GRADIENT_AT_INIT).finding(), bn.toString());
        assertTrue(bn.aspect(Measure.GRADIENT_AT_INIT).test().meanA() > bn.aspect(Measure.GRADIENT_AT_INIT).test()
                .meanB() + 3, "orders of magnitude: " + bn.aspect(Measure.GRADIENT_AT_INIT));

        // two families (no relu here), each one C17 verdict; every run measured inside its cell
        assertEquals(2, f.verdicts().size());
        assertTrue(f.verdicts().stream().allMatch(v -> v.claim() == Claim.C17));
        assertEquals(4, f.results().size());
        assertEquals(8, f.runs().size());
        assertEquals(2, f.runs().get(0).ratioPerEpoch().length, "epoch 0 and epoch 1");
        assertEquals(8 * 10, f.csv().rows().size());

        JsonNode json = SummaryJson.writeAndRead(result, tmp);
        assertEquals("spiral", json.get("details").get("dataset").asText());
        assertEquals(4, json.get("figures").size(), "profile and ratio for sigmoid, weight change, accuracy");
    }

    private static Comparison comparison(VanishingRemediesResult f, Family family, Setup remedy) {
        return f.comparisons().stream().filter(c -> c.family() == family && c.remedy().equals(remedy)).findFirst()
                .orElseThrow();
    }

    @Test
    void aRemedyInitEqualToTheBaselineIsRejectedWithTheField() {
        var e = assertThrows(InvalidSpecException.class, () -> new Settings("spiral", null, 0, 10, 8,
                List.of(Activation.SIGMOID), WeightInitChoice.XAVIER, List.of(WeightInitChoice.XAVIER), 1, 50,
                Optimizer.sgd(0.1), 0.5, 128, 2, 1));
        assertEquals("remedyInits", e.field());
    }
}
