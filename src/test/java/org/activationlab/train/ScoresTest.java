package org.activationlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.network.OutputHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The Java scores against the same formulas as ND4J operations, on the heads' kinds of output. */
class ScoresTest {

    @ParameterizedTest
    @CsvSource({"1,7", "3,250", "10,1000", "2,64"})
    void classificationMatchesNd4jsFormulas(int classes, int rows) {
        OutputHead head = classes == 1 ? OutputHead.binary() : OutputHead.multiClass(classes);
        for (DataType type : List.of(DataType.FLOAT, DataType.DOUBLE)) {
            Nd4j.getRandom().setSeed(rows + classes);
            INDArray predictions = Nd4j.rand(type, rows, classes);
            INDArray labels = classes == 1 ? Nd4j.rand(type, rows, 1).gt(0.5).castTo(type) : oneHot(rows, classes, type);
            Scores s = Scores.of(predictions, labels, head);
            assertEquals(nd4jAccuracy(predictions, labels), s.accuracy(), 0.0, "accuracy, " + type);
            assertEquals(nd4jMse(predictions, labels), s.mse(), 1e-6 * s.mse(), "mse, " + type);
            assertTrue(Double.isNaN(s.r2()));
            assertTrue(s.accuracy() > 0 && s.accuracy() < 1, "a real mix of hits and misses: " + s.accuracy());
        }
    }

    @Test
    void regressionMatchesNd4jsFormulas() {
        Nd4j.getRandom().setSeed(3);
        INDArray labels = Nd4j.randn(DataType.FLOAT, 300, 2);
        INDArray predictions = labels.add(Nd4j.randn(DataType.FLOAT, 300, 2).muli(0.4));
        Scores s = Scores.of(predictions, labels, OutputHead.regression(2));
        INDArray centred = labels.subRowVector(labels.mean(0));
        double ssTot = centred.mul(centred).sumNumber().doubleValue();
        double ssRes = predictions.sub(labels).mul(predictions.sub(labels)).sumNumber().doubleValue();
        assertEquals(1 - ssRes / ssTot, s.r2(), 1e-6);
        assertEquals(nd4jMse(predictions, labels), s.mse(), 1e-6 * s.mse());
        assertTrue(Double.isNaN(s.accuracy()));
        assertTrue(Double.isNaN(Scores.of(predictions, Nd4j.ones(DataType.FLOAT, 300, 2), OutputHead.regression(2)).r2()),
                "constant labels: R² undefined");
    }

    /** Equal maxima count as the first, as ND4J's arg-max picks; views and column-major arrays read as they are. */
    @Test
    void tiesViewsAndOrders() {
        INDArray predictions = Nd4j.create(new float[][]{{0.4f, 0.4f, 0.2f}, {0.1f, 0.3f, 0.3f}, {0.5f, 0.2f, 0.3f}});
        INDArray labels = Nd4j.create(new float[][]{{1, 0, 0}, {0, 0, 1}, {1, 0, 0}});
        assertEquals(nd4jAccuracy(predictions, labels), Scores.accuracy(predictions, labels), 0.0);
        assertEquals(2.0 / 3, Scores.accuracy(predictions, labels), 0.0);
        assertEquals(2.0 / 3, Scores.accuracy(predictions.dup('f'), labels), 0.0);
        INDArray wide = Nd4j.create(new float[][]{{9, 0.4f, 0.4f, 0.2f}, {9, 0.1f, 0.3f, 0.3f}, {9, 0.5f, 0.2f, 0.3f}});
        assertEquals(2.0 / 3, Scores.accuracy(wide.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 4)), labels), 0.0);
    }

    @Test
    void mismatchedShapesAreOneClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scores.of(Nd4j.zeros(4, 3), Nd4j.zeros(4, 2), OutputHead.multiClass(3)));
        assertEquals("predictions of shape [4, 3] for labels of shape [4, 2]: expected the same shape", e.getMessage());
    }

    private static INDArray oneHot(int rows, int classes, DataType type) {
        INDArray y = Nd4j.zeros(type, rows, classes);
        INDArray pick = Nd4j.rand(DataType.DOUBLE, rows, 1).muli(classes);
        for (int r = 0; r < rows; r++) {
            y.putScalar(r, (int) pick.getDouble(r, 0), 1.0);
        }
        return y;
    }

    /** The formulas as this class computed them with ND4J operations before. */
    private static double nd4jAccuracy(INDArray predictions, INDArray labels) {
        INDArray hits = labels.columns() == 1 ? predictions.gt(0.5).eq(labels.gt(0.5))
                : predictions.argMax(1).eq(labels.argMax(1));
        return hits.castTo(DataType.DOUBLE).sumNumber().doubleValue() / labels.rows();
    }

    private static double nd4jMse(INDArray predictions, INDArray labels) {
        INDArray squaredError = predictions.sub(labels);
        squaredError.muli(squaredError);
        return squaredError.meanNumber().doubleValue();
    }
}
