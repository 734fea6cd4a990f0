package org.activationlab.data;

import java.util.List;
import java.util.Map;
import org.activationlab.network.OutputHead;
import org.activationlab.network.Task;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * A train/test split ready for training.
 *
 * <p>Classification labels are one-hot, one column per class; regression labels hold one column per
 * target. {@link #labelsFor} adapts one-hot labels to a head with a single sigmoid unit.
 *
 * @param name       short name, e.g. "xor" or "fashion-mnist"
 * @param task       what the labels are
 * @param train      training examples
 * @param test       held-out examples
 * @param classNames class names for classification (empty for regression)
 * @param parameters how the data was made (size, noise, seed, files…): provenance for reports
 */
public record Dataset(String name, Task task, DataSet train, DataSet test, List<String> classNames,
                      Map<String, Object> parameters) {

    public Dataset {
        if (train.getFeatures().columns() != test.getFeatures().columns()) {
            throw new IllegalArgumentException("dataset '" + name + "': train has " + train.getFeatures().columns()
                    + " features but test has " + test.getFeatures().columns());
        }
        checkFinite(name, "training features", train.getFeatures());
        checkFinite(name, "test features", test.getFeatures());
        classNames = List.copyOf(classNames);
        parameters = Map.copyOf(parameters);
    }

    /**
     * NaN or ∞ in the inputs would silently turn every loss into NaN: refused once, when the data is
     * made, rather than at every training on it.
     */
    private static void checkFinite(String name, String part, INDArray values) {
        if (BooleanIndexing.or(values, Conditions.notFinite())) { // one pass over the values
            throw new IllegalArgumentException("dataset '" + name + "' has NaN or infinite values in its " + part
                    + ": remove or impute those examples before training");
        }
    }

    public int numFeatures() {
        return (int) train.getFeatures().columns();
    }

    /** Classes (classification) or targets (regression). */
    public int numOutputs() {
        return (int) train.getLabels().columns();
    }

    /** The article's head for this data: identity for regression, one sigmoid for 2 classes, softmax otherwise. */
    public OutputHead defaultHead() {
        if (task == Task.REGRESSION) {
            return OutputHead.regression(numOutputs());
        }
        return numOutputs() == 2 ? OutputHead.binary() : OutputHead.multiClass(numOutputs());
    }

    /** Labels shaped for {@code head}: a two-class one-hot matrix becomes one 0/1 column for a single unit. */
    public static INDArray labelsFor(INDArray labels, OutputHead head) {
        if (head.units() == 1 && labels.columns() == 2 && head.task().isClassification()) {
            return labels.getColumn(1).reshape(labels.rows(), 1).dup();
        }
        if (head.units() != labels.columns()) {
            throw new IllegalArgumentException("the output head has " + head.units() + " units but the labels have "
                    + labels.columns() + " columns: use a head with " + labels.columns() + " units");
        }
        return labels;
    }
}
