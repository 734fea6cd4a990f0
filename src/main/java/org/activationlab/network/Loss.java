package org.activationlab.network;

import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Loss functions an output head can use. */
public enum Loss {
    MSE("mean squared error", LossFunction.MSE),
    BINARY_CROSS_ENTROPY("binary cross-entropy", LossFunction.XENT),
    MULTICLASS_CROSS_ENTROPY("multi-class cross-entropy", LossFunction.MCXENT);

    private final String description;
    private final LossFunction dl4j;

    Loss(String description, LossFunction dl4j) {
        this.description = description;
        this.dl4j = dl4j;
    }

    public String description() {
        return description;
    }

    public LossFunction toDl4j() {
        return dl4j;
    }
}
