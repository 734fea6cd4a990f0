package org.activationlab.updater;

/**
 * A program for {@code cli.JitPrimingTest}: with {@code prime}, primes Adam's loops as a new FastAdamUpdater does,
 * then runs the one-pass step's loop on a vector long enough that an unprimed loop is compiled during its first call.
 */
public final class AdamLoopProbe {
    private AdamLoopProbe() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("prime")) {
            JitPriming.once("adam", FastAdamUpdater::primeLoops);
        }
        int n = 2_000_000;
        float[] p = new float[n];
        float[] g = new float[n];
        float[] m = new float[n];
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            g[i] = (i % 7) - 3f;
        }
        for (int call = 0; call < 8; call++) {
            FastAdamUpdater.stepInto(p, g, m, v, n, 128, 0.9f, 0.999f, 1e-3f, 1e-8f);
        }
        System.out.println(Float.isFinite(p[n - 1]) ? "ran" : "no");
    }
}
