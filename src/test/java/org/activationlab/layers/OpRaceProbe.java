package org.activationlab.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A program for {@link FencedOpExecutionerTest}: worker threads add a row vector to a small matrix (ND4J's broadcast
 * op, whose dimensions array lives outside workspaces) while another thread collects garbage all the time. With
 * ND4J's stock executioner this JVM died with SIGSEGV in {@code sd::DataBuffer::primary()} within 1–18 s in each
 * of 3 runs of 40 s (3 workers); it prints "survived" when it does not.
 */
public final class OpRaceProbe {
    private OpRaceProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        long end = System.nanoTime() + (long) (Double.parseDouble(args[0]) * 1e9);
        int workers = Integer.parseInt(args[1]);
        System.out.println("executioner " + Nd4j.getExecutioner().getClass().getName());
        Thread[] threads = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            threads[i] = new Thread(() -> {
                INDArray z = Nd4j.zeros(DataType.FLOAT, 16, 8);
                INDArray bias = Nd4j.ones(DataType.FLOAT, 1, 8);
                while (System.nanoTime() < end) {
                    z.addiRowVector(bias);
                }
            }, "worker-" + i);
            threads[i].start();
        }
        Thread collector = new Thread(() -> {
            while (System.nanoTime() < end) {
                System.gc();
            }
        }, "collector");
        collector.setDaemon(true);
        collector.start();
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("survived");
    }
}
