package org.activationlab.train;

import java.util.List;
import java.util.concurrent.Callable;
import org.nd4j.linalg.factory.Nd4j;

/** A program for {@link ParallelRunsTest}: two tiny ND4J tasks side by side, twice, in whatever JVM it is given. */
public final class StockExecutionerProbe {
    private StockExecutionerProbe() {
    }

    public static void main(String[] args) {
        Callable<Double> task = () -> Nd4j.ones(2, 2).sumNumber().doubleValue();
        for (int round = 0; round < 2; round++) {
            System.out.println("sums " + ParallelRuns.map(List.of(task, task), 2));
        }
        System.out.println("executioner " + Nd4j.getExecutioner().getClass().getName());
    }
}
