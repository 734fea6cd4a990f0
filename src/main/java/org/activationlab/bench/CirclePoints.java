package org.activationlab.bench;

import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationlab.data.Dataset;
import org.activationlab.network.Task;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A TensorFlow-Playground-like "circle" set (inner disc vs. outer ring) sized for step-rate benchmarks.
 *
 * <p>Only its shape matters to a timing (2 inputs, one 0/1 label); {@code bench/peer_torch.py} draws
 * the same geometry with its own random numbers.
 */
final class CirclePoints {
    private CirclePoints() {
    }

    /** {@code points} points, the first half for training. */
    static Dataset dataset(int points, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[points][2];
        float[][] y = new float[points][2];
        for (int i = 0; i < points; i++) {
            boolean inner = i % 2 == 0;
            double radius = inner ? random.nextDouble() * 2.0 : 3.5 + random.nextDouble() * 1.5;
            double angle = random.nextDouble() * 2 * Math.PI;
            x[i][0] = (float) (radius * Math.cos(angle));
            x[i][1] = (float) (radius * Math.sin(angle));
            y[i][inner ? 1 : 0] = 1f;
        }
        var features = Nd4j.create(x);
        var labels = Nd4j.create(y);
        int half = points / 2;
        DataSet train = new DataSet(features.get(interval(0, half)).dup(),
                labels.get(interval(0, half)).dup());
        DataSet test = new DataSet(features.get(interval(half, points)).dup(),
                labels.get(interval(half, points)).dup());
        return new Dataset("circle-" + points, Task.BINARY, train, test,
                List.of("outer", "inner"), Map.of("points", points, "seed", seed));
    }
}
