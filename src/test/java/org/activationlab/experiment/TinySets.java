package org.activationlab.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationlab.data.Dataset;
import org.activationlab.network.Task;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Small seeded datasets built inside the tests, so they need no files and run in milliseconds. */
final class TinySets {
    private TinySets() {
    }

    /** Points in [−1, 1]²; class 1 inside the circle of radius 0.8 (half the square's area). Half for training. */
    static Dataset circle(int points, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[points][2];
        float[][] y = new float[points][2];
        for (int i = 0; i < points; i++) {
            x[i][0] = random.nextFloat() * 2 - 1;
            x[i][1] = random.nextFloat() * 2 - 1;
            boolean inside = x[i][0] * x[i][0] + x[i][1] * x[i][1] < 0.64f;
            y[i][inside ? 1 : 0] = 1;
        }
        return split("tiny-circle", Task.BINARY, x, y, List.of("outside", "inside"), seed);
    }

    /** y = x₁ − 2·x₂ on [−1, 1]²: a plane for regression. Half for training. */
    static Dataset plane(int points, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[points][2];
        float[][] y = new float[points][1];
        for (int i = 0; i < points; i++) {
            x[i][0] = random.nextFloat() * 2 - 1;
            x[i][1] = random.nextFloat() * 2 - 1;
            y[i][0] = x[i][0] - 2 * x[i][1];
        }
        return split("tiny-plane", Task.REGRESSION, x, y, List.of(), seed);
    }

    private static Dataset split(String name, Task task, float[][] x, float[][] y, List<String> classes, long seed) {
        int half = x.length / 2;
        DataSet train = new DataSet(Nd4j.create(Arrays.copyOfRange(x, 0, half)), Nd4j.create(Arrays.copyOfRange(y, 0, half)));
        DataSet test = new DataSet(Nd4j.create(Arrays.copyOfRange(x, half, x.length)),
                Nd4j.create(Arrays.copyOfRange(y, half, y.length)));
        return new Dataset(name, task, train, test, classes, Map.of("points", x.length, "seed", seed));
    }
}
