package org.activationlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static final int[] GROUPS = {0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1};

    @Test
    void everyIndexLandsOnExactlyOneSideAndEachClassIsSplitByTheFraction() {
        Split split = Split.stratified(GROUPS, 0.25, new Random(1));
        int[] all = IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, GROUPS.length).toArray(), all);
        // class 0 has 7 members → round(1.75) = 2 in training; class 1 has 10 → round(2.5) = 3
        assertEquals(2, Arrays.stream(split.train()).filter(i -> GROUPS[i] == 0).count());
        assertEquals(3, Arrays.stream(split.train()).filter(i -> GROUPS[i] == 1).count());
    }

    @Test
    void keepsAtLeastOneOfEachClassOnEachSide() {
        Split split = Split.stratified(new int[]{0, 0, 1, 1, 1, 1}, 0.05, new Random(1));
        assertEquals(2, split.train().length);
        assertEquals(4, split.test().length);
    }

    @Test
    void isFixedBySeedAndMixesClasses() {
        int[] sorted = new int[200];
        Arrays.fill(sorted, 100, 200, 1);
        Split a = Split.stratified(sorted, 0.5, new Random(9));
        Split b = Split.stratified(sorted, 0.5, new Random(9));
        assertArrayEquals(a.train(), b.train());
        assertArrayEquals(a.test(), b.test());
        // the first 10 training examples are not all from one class
        long ones = Arrays.stream(a.train()).limit(10).filter(i -> sorted[i] == 1).count();
        assertFalse(ones == 0 || ones == 10, "first ten training examples all from one class");
    }
}
