package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.activationlab.network.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class CsvDatasetTest {
    @TempDir
    Path dir;

    @Test
    void textLabelsAreClassesInSortedOneHotOrder() {
        Path file = CsvFiles.classes(dir, "fruit.csv", 10, "pear", "apple", "mango");
        Dataset d = CsvFiles.load(file, CsvOptions.DEFAULTS.withLabel("label"));
        assertEquals(Task.MULTICLASS, d.task());
        assertEquals(List.of("apple", "mango", "pear"), d.classNames());
        assertEquals(List.of("apple", "mango", "pear"), d.parameters().get("class_order"));
        assertEquals(2, d.numFeatures());
        // x was 0-2 for pear, 10-12 for apple, 20-22 for mango: after standardising, still ordered by class
        DataSet all = DataSet.merge(List.of(d.train(), d.test()));
        double[] meanX = new double[3];
        for (int i = 0; i < all.numExamples(); i++) {
            meanX[all.getLabels().getRow(i).argMax().getInt(0)] += all.getFeatures().getDouble(i, 0) / 10;
        }
        assertTrue(meanX[2] < meanX[0] && meanX[0] < meanX[1], java.util.Arrays.toString(meanX));
        assertTrue(((String) d.parameters().get("task")).contains("labels are text"), d.parameters().toString());
    }

    @Test
    void splitIsStratifiedAndSeeded() {
        Path file = CsvFiles.classes(dir, "two.csv", 12, "no", "yes");
        DataOptions options = DataOptions.defaults().withCsv(CsvOptions.DEFAULTS.withLabel("label"));
        Dataset a = Datasets.load(CsvDataset.PREFIX + file, options.withSeed(4));
        Dataset b = Datasets.load(CsvDataset.PREFIX + file, options.withSeed(4));
        Dataset c = Datasets.load(CsvDataset.PREFIX + file, options.withSeed(5));
        assertEquals(Task.BINARY, a.task());
        assertArrayEquals(new double[]{6, 6}, a.train().getLabels().sum(0).toDoubleVector());
        assertArrayEquals(new double[]{6, 6}, a.test().getLabels().sum(0).toDoubleVector());
        assertEquals(a.train().getFeatures(), b.train().getFeatures());
        assertNotEquals(a.train().getFeatures(), c.train().getFeatures());
    }

    @Test
    void featuresAreStandardisedWithTheTrainingSplitOnly() {
        Path file = CsvFiles.classes(dir, "scale.csv", 20, "a", "b");
        Dataset d = CsvFiles.load(file, CsvOptions.DEFAULTS.withLabel("label"));
        INDArray train = d.train().getFeatures();
        assertArrayEquals(new double[2], train.mean(0).toDoubleVector(), 1e-5);
        assertArrayEquals(new double[]{1, 1}, train.std(false, 0).toDoubleVector(), 1e-4);
        assertTrue(Math.abs(d.test().getFeatures().mean(0).getDouble(1)) > 1e-6,
                "the test split keeps its own offset from the training mean");
    }

    @Test
    void fewDistinctIntegersAreClassesSortedByValue() {
        Path file = CsvFiles.write(dir, "codes.csv", "x,grade", "1,2", "2,10", "3,2", "4,10", "5,9", "6,9");
        Dataset d = CsvFiles.load(file, CsvOptions.DEFAULTS);
        assertEquals(List.of("2", "9", "10"), d.classNames());
        assertTrue(((String) d.parameters().get("task")).contains("3 distinct integer labels"), d.parameters().toString());
        Path floats = CsvFiles.write(dir, "floats.csv", "x,y", "1,0.0", "2,1.0", "3,0.0", "4,1.0");
        assertEquals(List.of("0.0", "1.0"), CsvFiles.load(floats, CsvOptions.DEFAULTS).classNames(),
                "integer codes written as floats are classes too");
    }

    @Test
    void realOrManyDistinctNumbersAreRegressionWithOneTargetColumn() {
        Path real = CsvFiles.write(dir, "real.csv", "x,y", "1,0.5", "2,1.5", "3,2.5", "4,3.5");
        Dataset d = CsvFiles.load(real, CsvOptions.DEFAULTS);
        assertEquals(Task.REGRESSION, d.task());
        assertEquals(1, d.numOutputs());
        // Targets are standardised on the training split: an affine map, so 0.5, 1.5, 2.5, 3.5 stay evenly spaced.
        assertEquals(0, d.train().getLabels().meanNumber().doubleValue(), 1e-6);
        double[] y = Nd4j.vstack(d.train().getLabels(), d.test().getLabels()).toDoubleVector();
        java.util.Arrays.sort(y);
        assertEquals(y[1] - y[0], y[3] - y[2], 1e-5);
        assertEquals(y[1] - y[0], y[2] - y[1], 1e-5);
        assertTrue(((String) d.parameters().get("label_scaling")).contains("standardised"), d.parameters().toString());
        StringBuilder many = new StringBuilder("x,y\n");
        for (int i = 0; i < 11; i++) {
            many.append(i).append(',').append(i * 3).append('\n');
        }
        Path integers = CsvFiles.bytes(dir, "many.csv", many.toString().getBytes());
        Dataset m = CsvFiles.load(integers, CsvOptions.DEFAULTS);
        assertEquals(Task.REGRESSION, m.task());
        assertTrue(((String) m.parameters().get("task")).contains("11 distinct integers"), m.parameters().toString());
    }

    @Test
    void taskGivenOverridesDetection() {
        Path file = CsvFiles.write(dir, "binary.csv", "x,y", "1,0", "2,1", "3,0", "4,1");
        assertEquals(Task.BINARY, CsvFiles.load(file, CsvOptions.DEFAULTS).task());
        Dataset r = CsvFiles.load(file, CsvOptions.DEFAULTS.withTask(TaskChoice.REGRESSION));
        assertEquals(Task.REGRESSION, r.task());
        assertTrue(((String) r.parameters().get("task")).contains("--task regression"), r.parameters().toString());
    }

    @Test
    void labelAndFeaturesByIndexOrNameWithOrWithoutHeader() {
        Path file = CsvFiles.write(dir, "cols.csv", "a,b,c,kind", "1,10,100,u", "2,20,200,v", "3,30,300,u", "4,40,400,v");
        Dataset byName = CsvFiles.load(file, CsvOptions.DEFAULTS.withLabel("kind").withFeatures(List.of("c", "a")));
        assertEquals(List.of("c", "a"), byName.parameters().get("features"), "in the order given");
        Dataset byIndex = CsvFiles.load(file, CsvOptions.DEFAULTS.withLabel("3").withFeatures(List.of("2", "0")));
        assertEquals(byName.train().getFeatures(), byIndex.train().getFeatures());

        Path bare = CsvFiles.write(dir, "bare.csv", "u,1,10", "v,2,20", "u,3,30", "v,4,40");
        Dataset noHeader = CsvFiles.load(bare, CsvOptions.DEFAULTS.withHeader(false).withLabel("0"));
        assertEquals(4, noHeader.train().numExamples() + noHeader.test().numExamples());
        assertEquals(List.of("1", "2"), noHeader.parameters().get("features"));
    }

    @Test
    void quotedValuesBlankLinesAndAByteOrderMarkAreRead() {
        byte[] text = "\uFEFFname,x\n\"Smith, J\",1\n\n\"Doe\",2\n\"Smith, J\",3\nDoe,4\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = CsvFiles.bytes(dir, "quoted.csv", text);
        Dataset d = CsvFiles.load(file, CsvOptions.DEFAULTS.withLabel("name"));
        assertEquals(List.of("Doe", "Smith, J"), d.classNames());
        assertEquals(4, d.train().numExamples() + d.test().numExamples());
    }

    @Test
    void limitKeepsTheFirstRows() {
        Path file = CsvFiles.classes(dir, "long.csv", 10, "a", "b");
        Dataset d = Datasets.load(CsvDataset.PREFIX + file, DataOptions.defaults().withLimit(8)
                .withCsv(CsvOptions.DEFAULTS.withLabel("label")));
        assertEquals(8, d.train().numExamples() + d.test().numExamples());
    }

    @Test
    void theShippedPenguinsHaveThreeSpeciesAndFourMeasurements() {
        Dataset penguins = Datasets.load("penguins", DataOptions.defaults());
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), penguins.classNames());
        assertEquals(4, penguins.numFeatures());
        assertEquals(342, penguins.train().numExamples() + penguins.test().numExamples());
        INDArray counts = penguins.train().getLabels().sum(0).add(penguins.test().getLabels().sum(0));
        assertEquals(Nd4j.createFromArray(151f, 68f, 123f), counts);
    }
}
