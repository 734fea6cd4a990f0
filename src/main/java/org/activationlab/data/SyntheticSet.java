package org.activationlab.data;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * TensorFlow Playground's data sets (and two-moons) by name, turned into a {@link Dataset}.
 *
 * <p>Features are Playground's coordinates divided by {@link PlaygroundShapes#RADIUS} (6), so they lie in
 * about [-1, 1]: a fixed scale keeps the shapes (circles stay round) and lets a plot map back by ×6.
 * Classification labels are one-hot [n, 2] (column 1 = Playground's +1); regression labels are [n, 1].
 * One seed fixes the points and the stratified train/test split.
 */
public enum SyntheticSet {
    CIRCLE("circle", "a disc inside a ring (Playground 'circle')", Task.BINARY,
            List.of("ring", "disc"), PlaygroundShapes::circle),
    XOR("xor", "four quadrants, class by the sign of x·y (Playground 'xor')", Task.BINARY,
            List.of("x·y < 0", "x·y ≥ 0"), PlaygroundShapes::xor),
    GAUSS("gauss", "two Gaussian blobs (Playground 'gauss')", Task.BINARY,
            List.of("blob at (-2,-2)", "blob at (2,2)"), PlaygroundShapes::gauss),
    SPIRAL("spiral", "two interleaved spiral arms (Playground 'spiral')", Task.BINARY,
            List.of("arm from angle π", "arm from angle 0"), PlaygroundShapes::spiral),
    MOONS("moons", "two interleaving half circles (scikit-learn make_moons)", Task.BINARY,
            List.of("upper moon", "lower moon"), PlaygroundShapes::moons),
    REG_PLANE("reg-plane", "regression on the plane (x + y) / 10 (Playground 'reg-plane')", Task.REGRESSION,
            List.of(), PlaygroundShapes::regressionPlane),
    REG_GAUSS("reg-gauss", "regression on six ±1 bumps (Playground 'reg-gauss')", Task.REGRESSION,
            List.of(), PlaygroundShapes::regressionGauss);

    /** Makes {@code n} labelled points with Playground noise {@code noise} from {@code random}. */
    @FunctionalInterface
    interface Generator {
        List<LabelledPoint> generate(int n, double noise, Random random);
    }

    private final String id;
    private final String description;
    private final Task task;
    private final List<String> classNames;
    private final Generator generator;

    SyntheticSet(String id, String description, Task task, List<String> classNames, Generator generator) {
        this.id = id;
        this.description = description;
        this.task = task;
        this.classNames = classNames;
        this.generator = generator;
    }

    /** The name {@link Datasets#load} knows it by. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public Task task() {
        return task;
    }

    /** The raw points in Playground coordinates, before scaling and splitting. */
    public List<LabelledPoint> points(DataOptions options) {
        return generator.generate(options.points(), options.noise(), new Random(options.seed()));
    }

    /** Generates the points and splits them (stratified by class) as {@code options} say. */
    public Dataset make(DataOptions options) {
        Random random = new Random(options.seed());
        List<LabelledPoint> points = generator.generate(options.points(), options.noise(), random);
        int n = points.size();
        boolean classes = task.isClassification();
        int outputs = classes ? classNames.size() : 1;
        float[] x = new float[n * 2];
        float[] y = new float[n * outputs];
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            LabelledPoint p = points.get(i);
            x[2 * i] = (float) (p.x() / PlaygroundShapes.RADIUS);
            x[2 * i + 1] = (float) (p.y() / PlaygroundShapes.RADIUS);
            if (classes) {
                groupOf[i] = (int) p.label();
                y[i * outputs + groupOf[i]] = 1;
            } else {
                y[i] = (float) p.label();
            }
        }
        INDArray features = Nd4j.create(x, new long[]{n, 2}, 'c');
        INDArray labels = Nd4j.create(y, new long[]{n, outputs}, 'c');
        Split split = Split.stratified(groupOf, options.trainFraction(), random);
        return new Dataset(id, task, split.trainOf(features, labels), split.testOf(features, labels), classNames,
                Map.of("points", n, "noise", options.noise(), "train_fraction", options.trainFraction(),
                        "seed", options.seed(), "source", description,
                        "feature_scaling", "Playground coordinates / 6 (about [-1, 1])"));
    }
}
