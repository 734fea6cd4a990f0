package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.CompareExperiment.ActivationResult;
import org.activationlab.experiment.CompareExperiment.EpochRow;
import org.activationlab.experiment.CompareExperiment.Settings;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompareExperimentTest {
    private static final int EPOCHS = 15;
    private static final DataOptions POINTS = DataOptions.defaults().withPoints(160);
    /** Loaded once and shared by every run here. */
    private static final Settings SMALL = new Settings("circle", POINTS, List.of(8),
            List.of(Activation.TANH, Activation.RELU), 3, 1, EPOCHS, 16, Optimizer.adam(0.1), 0, WeightInitChoice.AUTO, 0.8);
    private static ExperimentResult<CompareResult> result;

    @BeforeAll
    static void runOnce() {
        result = new CompareExperiment(SMALL).run();
    }

    private static List<EpochRow> rows(ExperimentResult<CompareResult> r) {
        return r.findings().csv().rows();
    }

    private static List<ActivationResult> results(ExperimentResult<CompareResult> r) {
        return r.findings().results();
    }

    /** A run's measurements without its wall times, which differ between identical runs. */
    private static List<List<Double>> numbers(List<EpochRow> rows, String activation, long seed) {
        return rows.stream().filter(r -> r.activation().equals(activation) && r.seed() == seed)
                .map(r -> List.of((double) r.epoch(), r.trainLoss(), r.testLoss(), r.testAccuracy())).toList();
    }

    @Test
    void oneRowPerRunAndEpoch() {
        assertEquals(2 * 3 * (EPOCHS + 1), rows(result).size());
        assertEquals(java.util.stream.IntStream.rangeClosed(0, EPOCHS).boxed().toList(),
                rows(result).stream().filter(r -> r.runId().equals("relu-s2")).map(EpochRow::epoch).toList());
        assertTrue(rows(result).stream().allMatch(r -> r.dataset().equals("circle") && !r.diverged()));
    }

    @Test
    void runsOfOneSeedDifferOnlyInTheirActivation() {
        Map<String, NetworkSpec> specs = result.findings().details().specs();
        assertEquals(6, specs.size());
        for (long seed = 1; seed <= 3; seed++) {
            NetworkSpec relu = specs.get("relu-s" + seed);
            assertEquals(seed, relu.seed());
            assertEquals(specs.get("tanh-s" + seed), relu.withHiddenActivation(Activation.TANH));
        }
    }

    @Test
    void dataOrderAndWeightsDependOnTheSeedAloneNotOnTheOtherActivations() {
        // ReLU alone must train exactly as it did beside tanh: no shared random state, no per-activation seed.
        ExperimentResult<CompareResult> reluAlone = new CompareExperiment(SMALL.withActivations(List.of(Activation.RELU))).run();
        for (long seed = 1; seed <= 3; seed++) {
            assertEquals(numbers(rows(result), "relu", seed), numbers(rows(reluAlone), "relu", seed), "seed " + seed);
        }
        // ...while a different activation on the same seed really trains differently.
        assertTrue(!numbers(rows(result), "relu", 1).equals(numbers(rows(result), "tanh", 1)));
    }

    @Test
    void statisticsSummariseTheFinalEpochOfEachRun() {
        for (ActivationResult r : results(result)) {
            double[] finals = rows(result).stream().filter(row -> row.activation().equals(r.activation()) && row.epoch() == EPOCHS)
                    .mapToDouble(EpochRow::testAccuracy).toArray();
            assertEquals(3, finals.length);
            assertEquals(java.util.Arrays.stream(finals).average().orElseThrow(), r.finalMetric().mean(), 1e-12);
            assertEquals(3, r.finalMetric().n());
            assertTrue(r.finalMetric().ciLow() <= r.finalMetric().mean() && r.finalMetric().mean() <= r.finalMetric().ciHigh());
            assertEquals(EPOCHS + 1, r.meanTrainLoss().length);
        }
        // an 8-unit network learns the circle: clearly better than the ≈ 50 % of guessing one class
        assertTrue(results(result).stream().allMatch(r -> r.finalMetric().mean() > 0.65), result.table().render());
    }

    @Test
    void figuresHaveABandAroundTheMeanForEveryActivation() {
        assertEquals(List.of("train-loss", "test-metric", "final-metric"), result.figures().stream().map(Figure::id).toList());
        Figure loss = result.figures().get(0);
        assertEquals(List.of("tanh", "relu"), loss.series().stream().map(Figure.Series::name).toList());
        for (Figure.Series s : loss.series()) {
            assertEquals(EPOCHS + 1, s.x().length);
            for (int e = 0; e <= EPOCHS; e++) {
                assertTrue(s.low()[e] <= s.y()[e] && s.y()[e] <= s.high()[e]);
            }
            assertTrue(s.y()[EPOCHS] < s.y()[0], "loss falls: " + s.name());
        }
        Figure bars = result.figures().get(2);
        assertEquals(Figure.Kind.BAR, bars.kind());
        assertEquals(results(result).get(1).finalMetric().ciHigh(), bars.series().get(1).high()[0]);
    }

    @Test
    void verdictsOnlyForClaimsTheActivationsAllow() {
        // tanh and relu: only C13 (ReLU against every other activation) can be judged.
        assertEquals(List.of(Claim.C13), result.claims().stream().map(ClaimVerdict::claim).toList());
        assertTrue(result.claims().get(0).evidence().contains("n = 3"), result.claims().get(0).evidence());
    }
}
