package org.activationlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fisher's Iris flowers: 150 examples, 4 measurements in cm, 3 species of 50 — a small real multi-class set.
 *
 * <p>Read offline from {@code iris.dat}, the copy DL4J ships inside the deeplearning4j-core jar (the file
 * behind its IrisDataSetIterator). Split stratified by species; features standardised to zero mean and
 * unit variance with the training half's statistics only, so the test set leaks nothing into training.
 */
public final class Iris {
    /** The classpath resource in deeplearning4j-core. */
    static final String RESOURCE = "iris.dat";
    static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");
    private static final int EXAMPLES = 150;
    private static final int FEATURES = 4;

    private Iris() {
    }

    /** The split and standardised set; {@code options} gives the train fraction and seed. */
    public static Dataset dataset(DataOptions options) {
        float[] x = new float[EXAMPLES * FEATURES];
        int[] species = new int[EXAMPLES];
        readResource(x, species);
        float[] y = new float[EXAMPLES * SPECIES.size()];
        for (int i = 0; i < EXAMPLES; i++) {
            y[i * SPECIES.size() + species[i]] = 1;
        }
        INDArray features = Nd4j.create(x, new long[]{EXAMPLES, FEATURES}, 'c');
        INDArray labels = Nd4j.create(y, new long[]{EXAMPLES, SPECIES.size()}, 'c');
        Split split = Split.stratified(species, options.trainFraction(), new Random(options.seed()));
        DataSet train = split.trainOf(features, labels);
        DataSet test = split.testOf(features, labels);
        Standardisation.fitOnTraining(train, test);
        return new Dataset("iris", Task.MULTICLASS, train, test, SPECIES,
                Map.of("examples", EXAMPLES, "train_fraction", options.trainFraction(), "seed", options.seed(),
                        "source", "iris.dat bundled in deeplearning4j-core (Fisher 1936, UCI)",
                        "feature_scaling", Standardisation.DESCRIPTION));
    }

    private static void readResource(float[] x, int[] species) {
        InputStream in = Iris.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the Iris data '" + RESOURCE + "' is not on the classpath: it ships in "
                    + "org.deeplearning4j:deeplearning4j-core; rebuild with `mvn package`");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            int row = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (row >= EXAMPLES || cells.length != FEATURES + 1) {
                    throw new IllegalStateException(RESOURCE + ": expected " + EXAMPLES + " rows of " + (FEATURES + 1)
                            + " values, row " + (row + 1) + " is '" + line + "'");
                }
                for (int j = 0; j < FEATURES; j++) {
                    x[row * FEATURES + j] = Float.parseFloat(cells[j].trim());
                }
                species[row] = Integer.parseInt(cells[FEATURES].trim());
                if (species[row] < 0 || species[row] >= SPECIES.size()) {
                    throw new IllegalStateException(RESOURCE + ": row " + (row + 1) + " has species " + species[row]
                            + ", expected 0–" + (SPECIES.size() - 1));
                }
                row++;
            }
            if (row != EXAMPLES) {
                throw new IllegalStateException(RESOURCE + ": expected " + EXAMPLES + " rows, found " + row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
