/**
 * DL4J's Adam and SGD configurations whose update runs as a Java loop over bulk copies instead of a
 * libnd4j operation, bit for bit the same numbers ({@code FastAdamTest}, {@code FastSgdTest}).
 *
 * <p>Why: libnd4j's {@code adam_updater} takes ≈ 2 ms for the 269,322 parameters of the
 * 784-256-256-10 MLP (a fifth of its training step), the Java loop ≈ 0.35–0.45 ms once HotSpot's
 * optimising compiler has vectorised it; for a tiny network's SGD the operation's fixed cost is
 * most of the update. Specs built with {@code LayerImplementation.FAST} (the default) use them.
 * FastAdam keeps m and v in Java between steps when its owner asks ({@link org.activationlab.updater.ResidentState}).
 * Both also take a whole step in one pass ({@link org.activationlab.updater.ParameterStep}: divide by the
 * minibatch, update, subtract from the parameters), which {@code train.OnePassStep} uses.
 */
package org.activationlab.updater;
