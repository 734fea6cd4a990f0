package org.activationlab.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's pre-activation z = x·W + b from the last training forward pass, kept for its backward pass.
 *
 * <p>The buffer lives outside DL4J's workspaces (which are reset between forward and backward) and is
 * reused while the minibatch shape stays the same. It is handed out once per forward pass and only for
 * the very input it was computed from; anything else makes the caller recompute, as the stock layer
 * always does.
 */
final class PreActivationCache {
    private INDArray buffer;
    private INDArray input;

    /** The buffer to compute z into, shaped [rows, columns]. */
    INDArray buffer(DataType type, long rows, long columns) {
        if (buffer == null || buffer.dataType() != type || buffer.rows() != rows || buffer.columns() != columns) {
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                buffer = Nd4j.createUninitialized(type, rows, columns);
            }
        }
        return buffer;
    }

    /** Records that the buffer now holds z for {@code forInput}. */
    void filledFrom(INDArray forInput) {
        input = forInput;
    }

    /** z for {@code forInput} if it is held, else null; either way the entry is used up. */
    INDArray take(INDArray forInput) {
        INDArray z = input != null && input == forInput ? buffer : null;
        input = null;
        return z;
    }

    /** Forgets z (inference passes and new inputs make it stale). */
    void clear() {
        input = null;
    }
}
