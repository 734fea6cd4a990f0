package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.data.XorPoints;
import org.activationlab.diagnostics.DecisionSurface;
import org.activationlab.experiment.XorExperiment.ModelResult;
import org.activationlab.layers.Gemm;
import org.activationlab.network.NetworkSpec;
import org.activationlab.sweep.CellCounts;
import org.activationlab.train.Trainer;
import org.activationlab.train.TrainingRun;
import org.activationlab.train.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XorExperimentTest {
    /** 10 seeds, identity stacks up to depth 2 to keep the suite quick. */
    private static final XorExperiment.Settings SETTINGS = new XorExperiment.Settings(10, 1, 100, 0.05, 4, 2, 10);
    private static ExperimentResult<XorResult> result;

    @BeforeAll
    static void runOnce() {
        result = new XorExperiment(SETTINGS).run();
    }

    private static ModelResult model(String name) {
        return result.findings().result(name).orElseThrow();
    }

    @Test
    void perceptronNeverSolvesXor() {
        ModelResult perceptron = model("perceptron");
        assertEquals(0.0, perceptron.solvedFraction());
        assertTrue(perceptron.accuracyMean() <= 0.75, "accuracy " + perceptron.accuracyMean());
        assertEquals(10, perceptron.seeds());
    }

    @Test
    void linearStacksNeverSolveXor() {
        for (String name : List.of("linear MLP x1", "linear MLP x2")) {
            ModelResult linear = model(name);
            assertEquals(0.0, linear.solvedFraction(), name);
            assertTrue(linear.accuracyMean() <= 0.75, name + " accuracy " + linear.accuracyMean());
        }
    }

    @Test
    void tanhHiddenLayerSolvesXorForMostSeeds() {
        ModelResult tanh = model("tanh MLP");
        assertTrue(tanh.solvedFraction() >= 0.8, "solved fraction " + tanh.solvedFraction());
        assertTrue(tanh.medianStepsToSolve() > 0 && tanh.medianStepsToSolve() <= 100);
    }

    @Test
    void verdictsFollowTheNumbers() {
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C4).orElseThrow().verdict());
        assertEquals(Verdict.SUPPORTED, result.verdictOn(Claim.C5).orElseThrow().verdict());
        // Linear stacks fail but non-linear ones succeed: the article's blanket statement is only partly right.
        ClaimVerdict c6 = result.verdictOn(Claim.C6).orElseThrow();
        assertEquals(Verdict.PARTLY, c6.verdict());
        assertTrue(c6.evidence().contains("never solved"), c6.evidence());
    }

    @Test
    void provenanceCarriesSettingsAndEnvironment() {
        assertTrue(result.provenance().settings() instanceof XorExperiment.Settings);
        assertEquals(Provenance.DL4J_VERSION, result.provenance().environment().dl4jVersion());
        // the products' library is part of the record (BlasLibraryTest checks which one it is)
        assertEquals(Gemm.library(), result.provenance().environment().blas());
        assertTrue(result.provenance().environment().blas().startsWith("OpenBLAS from openblas-"),
                result.provenance().environment().blas());
        assertEquals(7 * 10, result.findings().csv().rows().size());
        // every cell trained once, here, on local threads: the boundaries were measured inside two of them
        assertEquals(new CellCounts(70, 0, 70, 0, List.of()), result.provenance().cells());
        assertTrue(result.provenance().executor().startsWith("local, "), result.provenance().executor());
    }

    @Test
    void theBoundaryIsTheFirstSeedsTrainedNetworkMeasuredInsideItsCell() {
        XorResult.Boundary tanh = result.findings().boundaries().stream().filter(b -> b.model().equals("tanh MLP"))
                .findFirst().orElseThrow();
        assertEquals(1, tanh.seed());
        NetworkSpec spec = new XorExperiment(SETTINGS).models().stream()
                .filter(m -> XorExperiment.modelName(m).equals("tanh MLP")).findFirst().orElseThrow().withSeed(1);
        TrainingRun again = Trainer.train(spec, XorPoints.dataset(), new TrainingSettings(100, 4, 10));
        DecisionSurface expected = DecisionSurface.of(again.network(), XorPoints.dataset());
        for (int i = 0; i < expected.values().length; i++) {
            assertArrayEquals(expected.values()[i], tanh.surface().values()[i], 0, "row " + i);
        }
    }

    @Test
    void figuresShowSolvedSharesAndTheTanhBoundarySeparatingXor() {
        Figure bars = result.figures().get(0);
        assertEquals(Figure.Kind.BAR, bars.kind());
        assertEquals(model("tanh MLP").solvedFraction(),
                bars.series().get(0).y()[bars.series().get(0).categories().indexOf("tanh MLP")]);
        Figure tanh = result.figures().stream().filter(f -> f.id().equals("boundary-tanh-mlp")).findFirst().orElseThrow();
        assertEquals(Figure.Kind.HEATMAP, tanh.kind());
        // Seed 1 solves XOR (see above), so P(true) is above 0.5 exactly at the two "true" corners.
        assertTrue(valueNear(tanh.heatmap(), 0, 1) > 0.5 && valueNear(tanh.heatmap(), 1, 0) > 0.5);
        assertTrue(valueNear(tanh.heatmap(), 0, 0) < 0.5 && valueNear(tanh.heatmap(), 1, 1) < 0.5);
        assertTrue(result.figures().stream().anyMatch(f -> f.id().equals("boundary-perceptron")));
    }

    /** The grid value at the grid point nearest to (x, y). */
    private static double valueNear(Figure.Heatmap map, double x, double y) {
        return map.values()[nearest(map.ys(), y)][nearest(map.xs(), x)];
    }

    private static int nearest(double[] axis, double v) {
        int best = 0;
        for (int k = 1; k < axis.length; k++) {
            best = Math.abs(axis[k] - v) < Math.abs(axis[best] - v) ? k : best;
        }
        return best;
    }

    @Test
    void sameSeedsGiveIdenticalNumbers() {
        XorExperiment.Settings small = new XorExperiment.Settings(2, 5, 30, 0.05, 4, 1, 10);
        var first = new XorExperiment(small).run().findings().runs();
        var second = new XorExperiment(small).run().findings().runs(); // a second, independent training
        assertEquals(first, second);
    }
}
