package org.activationlab.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Which examples go to training and which to testing.
 *
 * @param train indices of training examples, classes interleaved in a seeded order
 * @param test  indices of test examples, likewise
 */
public record Split(int[] train, int[] test) {

    /**
     * A stratified split: each group (class) contributes round(fraction × its size) examples to training,
     * at least one to each side when it has two or more. Regression sets pass one group for all.
     */
    public static Split stratified(int[] groupOf, double trainFraction, Random random) {
        int groups = 0;
        for (int g : groupOf) {
            groups = Math.max(groups, g + 1);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < groupOf.length; i++) {
            members.get(groupOf[i]).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> group : members) {
            Collections.shuffle(group, random);
            int size = group.size();
            int inTrain = (int) Math.round(trainFraction * size);
            if (size >= 2) {
                inTrain = Math.min(size - 1, Math.max(1, inTrain));
            }
            train.addAll(group.subList(0, inTrain));
            test.addAll(group.subList(inTrain, size));
        }
        // Mix the classes so that even unshuffled batches see all of them.
        Collections.shuffle(train, random);
        Collections.shuffle(test, random);
        return new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                test.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The training rows of {@code features}/{@code labels}. */
    public DataSet trainOf(INDArray features, INDArray labels) {
        return rows(features, labels, train);
    }

    /** The test rows of {@code features}/{@code labels}. */
    public DataSet testOf(INDArray features, INDArray labels) {
        return rows(features, labels, test);
    }

    private static DataSet rows(INDArray features, INDArray labels, int[] indices) {
        return new DataSet(Nd4j.pullRows(features, 1, indices), Nd4j.pullRows(labels, 1, indices));
    }
}
