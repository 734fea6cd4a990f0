package org.activationlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.data.XorPoints;
import org.activationlab.network.Activation;
import org.activationlab.network.NetworkSpec;
import org.activationlab.network.OutputHead;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class DecisionGridTest {

    @Test
    void gridValueAtRowIColumnJIsTheNetworkOutputAtXjYi() {
        MultiLayerNetwork net = NetworkSpec.input(2).hidden(4, Activation.TANH).output(OutputHead.binary()).seed(3)
                .build().toNetwork();
        Figure.Heatmap map = DecisionGrid.of(net, XorPoints.dataset());
        assertEquals(DecisionGrid.STEPS, map.xs().length);
        assertTrue(map.xs()[0] < 0 && map.xs()[DecisionGrid.STEPS - 1] > 1, "margin around the points");
        for (int[] ij : new int[][]{{0, 0}, {5, 50}, {40, 7}, {59, 59}}) {
            int i = ij[0];
            int j = ij[1];
            double expected = net.output(Nd4j.create(new float[][]{{(float) map.xs()[j], (float) map.ys()[i]}}), false)
                    .getDouble(0, 0);
            assertEquals(expected, map.values()[i][j], 1e-6, "cell " + i + "," + j);
        }
        assertEquals(List.of("false", "true"), map.points().stream().map(Figure.Series::name).toList());
        assertEquals(2, map.points().get(1).x().length);
        assertEquals(0.0, map.points().get(1).x()[0] * map.points().get(1).y()[0], "(0,1) and (1,0) are true");
    }

    @Test
    void rejectsMoreThanTwoClasses() {
        MultiLayerNetwork net = NetworkSpec.input(2).hidden(3, Activation.RELU).output(OutputHead.multiClass(3)).build()
                .toNetwork();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DecisionGrid.of(net, XorPoints.dataset()));
        assertTrue(e.getMessage().contains("expected a binary classifier"), e.getMessage());
    }
}
