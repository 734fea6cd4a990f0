package org.activationlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The 2-D point clouds of TensorFlow Playground ({@code src/dataset.ts}), re-implemented with a seeded
 * {@link Random}, plus two-moons.
 *
 * <p>Coordinates are Playground's own (about [-6, 6]). Class 1 is Playground's label +1, class 0 its −1.
 * {@code noise} is Playground's 0–0.5 slider. Where Playground lets noise relabel points (circle, xor),
 * points are drawn from its process until each class has its half, so classes stay balanced while
 * the shape of each class is Playground's.
 */
public final class PlaygroundShapes {
    /** Playground draws and plots inputs in [-6, 6]. */
    public static final double RADIUS = 6;

    private PlaygroundShapes() {
    }

    /** Disc of radius 2.5 (class 1) inside a ring 3.5–5 (class 0); noise moves the point used for labelling. */
    public static List<LabelledPoint> circle(int n, double noise, Random random) {
        double radius = 5;
        return balanced(n, () -> {
            boolean inner = random.nextBoolean();
            double r = inner ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
            double angle = uniform(random, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double nx = x + uniform(random, -radius, radius) * noise;
            double ny = y + uniform(random, -radius, radius) * noise;
            return new LabelledPoint(x, y, Math.hypot(nx, ny) < radius * 0.5 ? 1 : 0);
        });
    }

    /** Uniform in [-5.3, 5.3]² with a 0.3 gap at the axes; class 1 where x·y ≥ 0 (of the noisy point). */
    public static List<LabelledPoint> xor(int n, double noise, Random random) {
        double padding = 0.3;
        return balanced(n, () -> {
            double x = padded(uniform(random, -5, 5), padding);
            double y = padded(uniform(random, -5, 5), padding);
            double nx = x + uniform(random, -5, 5) * noise;
            double ny = y + uniform(random, -5, 5) * noise;
            return new LabelledPoint(x, y, nx * ny >= 0 ? 1 : 0);
        });
    }

    /** Two Gaussian blobs at (2, 2) (class 1) and (−2, −2); noise widens the variance from 0.5 to 4. */
    public static List<LabelledPoint> gauss(int n, double noise, Random random) {
        double sd = Math.sqrt(0.5 + noise / 0.5 * (4 - 0.5));
        List<LabelledPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int label = i < n - n / 2 ? 1 : 0;
            double centre = label == 1 ? 2 : -2;
            points.add(new LabelledPoint(centre + sd * random.nextGaussian(), centre + sd * random.nextGaussian(), label));
        }
        return points;
    }

    /** Two interleaved arms of 1.75 turns out to radius 5; noise jitters each point by up to ±noise. */
    public static List<LabelledPoint> spiral(int n, double noise, Random random) {
        List<LabelledPoint> points = new ArrayList<>(n);
        int perArm = n / 2;
        addSpiralArm(points, n - perArm, 0, 1, noise, random);
        addSpiralArm(points, perArm, Math.PI, 0, noise, random);
        return points;
    }

    private static void addSpiralArm(List<LabelledPoint> points, int count, double deltaT, int label, double noise,
                                     Random random) {
        for (int i = 0; i < count; i++) {
            double r = (double) i / count * 5;
            double t = 1.75 * i / count * 2 * Math.PI + deltaT;
            points.add(new LabelledPoint(r * Math.sin(t) + uniform(random, -1, 1) * noise,
                    r * Math.cos(t) + uniform(random, -1, 1) * noise, label));
        }
    }

    /**
     * Two interleaving half circles (scikit-learn's make_moons, not in Playground): upper moon class 0,
     * lower class 1, moved to the origin and stretched ×3 into Playground's range; noise is the
     * Gaussian standard deviation in the moons' unit coordinates, as in scikit-learn.
     */
    public static List<LabelledPoint> moons(int n, double noise, Random random) {
        double scale = 3;
        List<LabelledPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int label = i < n / 2 ? 0 : 1;
            double t = uniform(random, 0, Math.PI);
            double x = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double y = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            x += noise * random.nextGaussian();
            y += noise * random.nextGaussian();
            points.add(new LabelledPoint((x - 0.5) * scale, (y - 0.25) * scale, label));
        }
        return points;
    }

    /** Target (x + y) / 10 on a uniform square [-6, 6]², computed at the noisy point (about [-1.2, 1.2]). */
    public static List<LabelledPoint> regressionPlane(int n, double noise, Random random) {
        return regression(n, noise, random, (x, y) -> (x + y) / 10);
    }

    /**
     * Six Gaussian-like bumps of height ±1 at (±4 or 0, ±2.5), each falling linearly to 0 at distance 2;
     * the target is the bump largest in absolute value at the noisy point.
     */
    public static List<LabelledPoint> regressionGauss(int n, double noise, Random random) {
        double[][] bumps = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        return regression(n, noise, random, (x, y) -> {
            double target = 0;
            for (double[] bump : bumps) {
                double height = bump[2] * Math.max(0, 1 - Math.hypot(x - bump[0], y - bump[1]) / 2);
                if (Math.abs(height) > Math.abs(target)) {
                    target = height;
                }
            }
            return target;
        });
    }

    /** A target value for a point. */
    private interface Surface {
        double at(double x, double y);
    }

    private static List<LabelledPoint> regression(int n, double noise, Random random, Surface surface) {
        List<LabelledPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(random, -RADIUS, RADIUS);
            double y = uniform(random, -RADIUS, RADIUS);
            double nx = x + uniform(random, -RADIUS, RADIUS) * noise;
            double ny = y + uniform(random, -RADIUS, RADIUS) * noise;
            points.add(new LabelledPoint(x, y, surface.at(nx, ny)));
        }
        return points;
    }

    /** Draws until class 1 has ⌈n/2⌉ points and class 0 has ⌊n/2⌋, keeping the first of each in draw order. */
    private static List<LabelledPoint> balanced(int n, Supplier<LabelledPoint> draw) {
        int[] wanted = {n / 2, n - n / 2};
        List<LabelledPoint> points = new ArrayList<>(n);
        while (points.size() < n) {
            LabelledPoint p = draw.get();
            int label = (int) p.label();
            if (wanted[label] > 0) {
                wanted[label]--;
                points.add(p);
            }
        }
        return points;
    }

    private static double padded(double v, double padding) {
        return v + (v > 0 ? padding : -padding);
    }

    private static double uniform(Random random, double a, double b) {
        return a + random.nextDouble() * (b - a);
    }
}
