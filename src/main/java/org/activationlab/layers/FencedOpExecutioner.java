package org.activationlab.layers;

import java.lang.ref.Reference;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BroadcastOp;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.IndexAccumulation;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.RandomOp;
import org.nd4j.linalg.api.ops.ReduceOp;
import org.nd4j.linalg.api.ops.ScalarOp;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;

/**
 * ND4J's CPU op executioner with every op kept reachable until its native call has returned.
 *
 * <p>Why: ND4J 1.0.0-M2.1 hands an op's arrays to libnd4j as raw buffer handles, and after the call nothing in
 * {@code NativeOpExecutioner} uses the op again, so the JIT may treat it as dead during the call. The op owns
 * arrays that live outside every workspace (a broadcast's or a reduction's dimensions, made by
 * {@code BaseOp.defineDimensions}), whose native memory ND4J frees when their Java objects are collected. With
 * two trainings in one JVM, one thread's allocation can start a collection while the other is inside such a call:
 * the dimensions are freed under it and the JVM dies with SIGSEGV in {@code sd::DataBuffer::primary()}. Seen once in
 * about 30 runs of {@code overfitting} and once in about 20 runs of {@code all} (BENCHMARKS.md, rounds 5 and 9);
 * {@code OpRaceProbe} provokes it within seconds with three threads adding a row vector and a fourth calling
 * {@code System.gc()}, and {@code FencedOpExecutionerTest} runs that probe on this class.
 * Nothing else changes: each method that makes the native call (the forms with an op context, and a custom op's)
 * is the stock executioner's, followed by a reachability fence on its op; the stock forms without a context only
 * pass the op on to these (javap of 1.0.0-M2.1), so they are fenced too.
 *
 * <p>ND4J reads the executioner's class from the system property {@value #PROPERTY} when it first loads; the CLI's
 * JVMs and the notebooks' kernel get it ({@code cli.NativeThreads}), and {@link #installUnlessChosen} sets it for a
 * JVM of your own.
 */
public class FencedOpExecutioner extends NativeOpExecutioner {
    /** The system property ND4J reads its op executioner's class name from. */
    public static final String PROPERTY = "opexec";
    /**
     * This class's name, as a constant: the CLI's launcher names it in the flags of the JVM it starts without
     * loading it (and with it ND4J's executioner classes) itself.
     */
    public static final String CLASS_NAME = "org.activationlab.layers.FencedOpExecutioner";

    /**
     * Makes ND4J use this executioner unless {@value #PROPERTY} was set already; it takes effect only if ND4J has
     * not been loaded yet in this JVM. True when the property now names this class.
     */
    public static boolean installUnlessChosen() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, CLASS_NAME);
        }
        return CLASS_NAME.equals(System.getProperty(PROPERTY));
    }

    @Override
    public INDArray exec(Op op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray exec(IndexAccumulation op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray exec(ReduceOp op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray exec(ScalarOp op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray exec(BroadcastOp op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray exec(RandomOp op, OpContext context, Random rng) {
        try {
            return super.exec(op, context, rng);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray[] exec(CustomOp op) {
        try {
            return super.exec(op);
        } finally {
            Reference.reachabilityFence(op);
        }
    }

    @Override
    public INDArray[] exec(CustomOp op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
        }
    }
}
