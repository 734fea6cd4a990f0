package org.activationlab.layers;

import org.activationlab.updater.JitPriming;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ReLU and leaky ReLU of big float layers: the raw bits of z and ε copied once from native memory
 * into reused int arrays (bulk {@code IntBuffer} copies), one loop of {@link HostReLU}, one copy back.
 *
 * <p>Why: the Java loop on the raw bits is cheaper than libnd4j's ReLU backward at the MLP's sizes
 * under the CLI's quick JIT tier (profiled) and its loop 3× faster again under C2. A Java forward
 * loop was not cheaper: the legacy op is vectorised (BENCHMARKS.md, round 3).
 */
final class FloatReLU extends FloatActivation {
    private final HostReLU f;
    private int[] values = new int[0];
    private int[] epsilons = new int[0];

    FloatReLU(HostReLU f) {
        this.f = f;
        JitPriming.once("HostReLU." + (f.alpha() == 0 ? "relu" : "leaky"), () -> {
            int[] z = new int[JitPriming.LENGTH];
            float[] ramp = JitPriming.ramp();
            for (int k = 0; k < z.length; k++) {
                z[k] = Float.floatToRawIntBits(ramp[k]);
            }
            f.deltaInPlace(z, z.clone(), z.length);
        });
    }

    @Override
    INDArray activate(INDArray z, INDArray out) {
        CALLS.increment();
        Nd4j.getExecutioner().exec(f.alpha() == 0 ? new RectifiedLinear(z, out) : new LeakyReLU(z, out, f.alpha()));
        return out;
    }

    /** Always: δ needs only z. */
    @Override
    boolean hasDeltaFor(INDArray z) {
        return true;
    }

    @Override
    INDArray delta(INDArray z, INDArray epsilon) {
        CALLS.increment();
        int n = (int) z.length();
        int[] v = read(z, values = sized(values, n), n);
        int[] e = read(epsilon, epsilons = sized(epsilons, n), n);
        f.deltaInPlace(v, e, n);
        z.data().asNioInt().put(e, 0, n);
        return z;
    }

    @Override
    void forget() {
        // nothing kept
    }

    /** The floats' raw bits; a view's buffer starts at the view's first element. */
    private static int[] read(INDArray a, int[] into, int n) {
        a.data().asNioInt().get(into, 0, n);
        return into;
    }
}
