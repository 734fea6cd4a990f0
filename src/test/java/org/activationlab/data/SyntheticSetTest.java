package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToIntFunction;
import org.activationlab.network.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

class SyntheticSetTest {
    private static final DataOptions DEFAULTS = DataOptions.defaults().withSeed(7);

    @ParameterizedTest
    @EnumSource(SyntheticSet.class)
    void hasPlaygroundSizeAndScaledFeatures(SyntheticSet set) {
        Dataset data = Datasets.load(set.id(), DEFAULTS);
        int outputs = set.task() == Task.REGRESSION ? 1 : 2;
        assertEquals(250, data.train().numExamples());
        assertEquals(250, data.test().numExamples());
        assertEquals(2, data.numFeatures());
        assertEquals(outputs, data.numOutputs());
        assertEquals(set.task(), data.task());
        double maxAbs = Math.max(data.train().getFeatures().amaxNumber().doubleValue(),
                data.test().getFeatures().amaxNumber().doubleValue());
        assertTrue(maxAbs > 0.6 && maxAbs < 1.5, set.id() + ": features should span about [-1, 1], max |x| " + maxAbs);
    }

    @ParameterizedTest
    @EnumSource(value = SyntheticSet.class, names = {"CIRCLE", "XOR", "GAUSS", "SPIRAL", "MOONS"})
    void classesAreBalancedAndSplitStratifiedEvenWithNoise(SyntheticSet set) {
        for (double noise : new double[]{0, 0.5}) {
            Dataset data = Datasets.load(set.id(), DEFAULTS.withNoise(noise).withPoints(301));
            double[] train = data.train().getLabels().sum(0).toDoubleVector();
            double[] test = data.test().getLabels().sum(0).toDoubleVector();
            assertEquals(150, train[0] + test[0], set.id() + " class 0 at noise " + noise);
            assertEquals(151, train[1] + test[1], set.id() + " class 1 at noise " + noise);
            assertEquals(75, train[0], set.id() + " train class 0 at noise " + noise);
            assertEquals(76, train[1], set.id() + " train class 1 at noise " + noise);
        }
    }

    @ParameterizedTest
    @EnumSource(SyntheticSet.class)
    void sameSeedGivesSameDataAndOtherSeedOtherData(SyntheticSet set) {
        DataOptions options = DEFAULTS.withNoise(0.2);
        Dataset a = Datasets.load(set.id(), options);
        Dataset b = Datasets.load(set.id(), options);
        Dataset c = Datasets.load(set.id(), options.withSeed(8));
        assertEquals(a.train().getFeatures(), b.train().getFeatures());
        assertEquals(a.train().getLabels(), b.train().getLabels());
        assertEquals(a.test().getFeatures(), b.test().getFeatures());
        assertNotEquals(a.train().getFeatures(), c.train().getFeatures());
    }

    @Test
    void noiseMakesTheNoiseFreeRuleMisclassify() {
        assertNoiseBreaksRule(SyntheticSet.CIRCLE, p -> Math.hypot(p.x(), p.y()) < 2.5 ? 1 : 0);
        assertNoiseBreaksRule(SyntheticSet.XOR, p -> p.x() * p.y() >= 0 ? 1 : 0);
        assertNoiseBreaksRule(SyntheticSet.GAUSS, p -> p.x() + p.y() > 0 ? 1 : 0);
        assertNoiseBreaksRule(SyntheticSet.MOONS, p -> {
            double u = p.x() / 3 + 0.5;
            double v = p.y() / 3 + 0.25;
            double toUpper = Math.abs(Math.hypot(u, v) - 1);
            double toLower = Math.abs(Math.hypot(u - 1, v - 0.5) - 1);
            return toUpper <= toLower ? 0 : 1;
        });
    }

    private static void assertNoiseBreaksRule(SyntheticSet set, ToIntFunction<LabelledPoint> rule) {
        double clean = ruleAccuracy(set.points(DEFAULTS), rule);
        double noisy = ruleAccuracy(set.points(DEFAULTS.withNoise(0.5)), rule);
        assertTrue(clean >= 0.98, set.id() + ": noise-free rule accuracy " + clean);
        assertTrue(noisy < 0.93, set.id() + ": rule accuracy at 50 % noise " + noisy);
    }

    private static double ruleAccuracy(List<LabelledPoint> points, ToIntFunction<LabelledPoint> rule) {
        return points.stream().filter(p -> rule.applyAsInt(p) == (int) p.label()).count() / (double) points.size();
    }

    @Test
    void spiralNoiseJittersEachPointByUpToNoise() {
        List<LabelledPoint> clean = SyntheticSet.SPIRAL.points(DEFAULTS);
        List<LabelledPoint> noisy = SyntheticSet.SPIRAL.points(DEFAULTS.withNoise(0.4));
        double sum = 0;
        for (int i = 0; i < clean.size(); i++) {
            double dx = Math.abs(noisy.get(i).x() - clean.get(i).x());
            assertTrue(dx <= 0.4 + 1e-12, "jitter " + dx);
            sum += dx;
        }
        double mean = sum / clean.size();
        assertTrue(Math.abs(mean - 0.2) < 0.03, "mean |jitter| of uniform(-0.4, 0.4) should be ≈ 0.2, was " + mean);
        double outerRadius = clean.stream().mapToDouble(p -> Math.hypot(p.x(), p.y())).max().orElseThrow();
        assertTrue(outerRadius > 4.9 && outerRadius < 5, "arms end at radius 5, max " + outerRadius);
    }

    @Test
    void regressionPlaneTargetIsSumOverTenAtNoiseZeroAndNoisyOtherwise() {
        assertEquals(0, planeResidual(0), 1e-6);
        assertTrue(planeResidual(0.3) > 0.05, "noise should move targets off the plane");
    }

    private static double planeResidual(double noise) {
        Dataset data = Datasets.load("reg-plane", DEFAULTS.withNoise(noise));
        INDArray x = data.train().getFeatures();
        // features are coordinates / 6, the target is (x + y) / 10 in coordinates
        INDArray expected = x.sum(1).mul(6.0 / 10).reshape(x.rows(), 1);
        return data.train().getLabels().sub(expected).norm2Number().doubleValue() / Math.sqrt(x.rows());
    }

    @Test
    void regressionGaussTargetsPeakAtTheBumpsAndVanishBetween() {
        List<LabelledPoint> points = SyntheticSet.REG_GAUSS.points(DEFAULTS.withPoints(4000));
        int nearPositive = 0;
        int nearNegative = 0;
        for (LabelledPoint p : points) {
            assertTrue(Math.abs(p.label()) <= 1, "target " + p.label());
            if (Math.hypot(p.x() - 4, p.y() - 2.5) < 1) {
                nearPositive++;
                assertTrue(p.label() >= 0.5, "near the +1 bump at (4, 2.5): " + p);
            }
            if (Math.hypot(p.x() - 0, p.y() - 2.5) < 1) {
                nearNegative++;
                assertTrue(p.label() <= -0.5, "near the -1 bump at (0, 2.5): " + p);
            }
            if (Math.abs(p.y()) > 4.5 + 1e-9) {
                assertEquals(0, p.label(), "far from every bump: " + p);
            }
        }
        assertTrue(nearPositive > 50 && nearNegative > 50, "bumps sampled " + nearPositive + ", " + nearNegative);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Datasets.load("spirals", DEFAULTS));
        assertTrue(e.getMessage().contains("spiral") && e.getMessage().contains("reg-gauss"), e.getMessage());
    }
}
