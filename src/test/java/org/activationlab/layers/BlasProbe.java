package org.activationlab.layers;

import org.nd4j.linalg.factory.Nd4j;

/** Started in its own JVM by {@link BlasLibraryTest}: one product, so that OpenBLAS is loaded and used, then its name. */
public final class BlasProbe {
    private BlasProbe() {
    }

    public static void main(String[] args) {
        Gemm.product(Nd4j.rand(64, 64), false, Nd4j.rand(64, 64), false, Nd4j.create(64, 64));
        System.out.println("library: " + Gemm.library());
    }
}
