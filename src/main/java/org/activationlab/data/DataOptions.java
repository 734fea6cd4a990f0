package org.activationlab.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import org.activationlab.network.Validation;

/**
 * How to make or read a dataset.
 *
 * @param points        examples to generate (synthetic sets)
 * @param noise         label/position noise in [0, 0.5], as in TensorFlow Playground's 0–50 %
 * @param trainFraction share of examples used for training, in (0, 1)
 * @param seed          seed for generation and the split
 * @param dataDir       directory of IDX files (null: the default location)
 * @param limit         use only the first N examples of a real set (0: all)
 * @param csv           how to read a CSV file ({@code csv:PATH}); null reads as {@link CsvOptions#DEFAULTS}
 */
public record DataOptions(int points, double noise, double trainFraction, long seed, Path dataDir, int limit,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = CsvOptions.IsDefault.class)
                          CsvOptions csv) {

    public DataOptions {
        Validation.require(points >= 4, "points", "at least 4 examples", points);
        Validation.require(noise >= 0 && noise <= 0.5, "noise", "a fraction in [0, 0.5] (0–50 %)", noise);
        Validation.require(trainFraction > 0 && trainFraction < 1, "trainFraction", "a fraction in (0, 1)", trainFraction);
        Validation.require(seed >= 0, "seed", "a seed ≥ 0", seed);
        Validation.require(limit >= 0, "limit", "0 (all) or a positive number of examples", limit);
        csv = csv == null ? CsvOptions.DEFAULTS : csv; // cells stored before CSV files existed
    }

    /** Playground's defaults: 500 points, no noise, half for training. */
    public static DataOptions defaults() {
        return new DataOptions(500, 0, 0.5, 1, null, 0, CsvOptions.DEFAULTS);
    }

    public DataOptions withSeed(long s) {
        return new DataOptions(points, noise, trainFraction, s, dataDir, limit, csv);
    }

    public DataOptions withNoise(double n) {
        return new DataOptions(points, n, trainFraction, seed, dataDir, limit, csv);
    }

    public DataOptions withPoints(int n) {
        return new DataOptions(n, noise, trainFraction, seed, dataDir, limit, csv);
    }

    public DataOptions withDataDir(Path dir) {
        return new DataOptions(points, noise, trainFraction, seed, dir, limit, csv);
    }

    public DataOptions withLimit(int n) {
        return new DataOptions(points, noise, trainFraction, seed, dataDir, n, csv);
    }

    public DataOptions withCsv(CsvOptions c) {
        return new DataOptions(points, noise, trainFraction, seed, dataDir, limit, c);
    }
}
