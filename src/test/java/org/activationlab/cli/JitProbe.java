package org.activationlab.cli;

/** A program for {@link JitChoiceTest}: one loop method given to C2, one that is not, both hot. */
public final class JitProbe {
    private JitProbe() {
    }

    static float kernel(float[] a) {
        float s = 0;
        for (float x : a) {
            s += x * x;
        }
        return s;
    }

    static float other(float x) {
        return x / 3 + 1;
    }

    public static void main(String[] args) {
        float[] a = new float[1000];
        float s = 0;
        for (int i = 0; i < 20_000; i++) {
            a[i % a.length] = other(i);
            s += kernel(a);
        }
        System.out.println(s > 0 ? "ran" : "no");
    }
}
