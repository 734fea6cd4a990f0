package org.activationlab.data;

import java.util.ArrayList;
import java.util.List;

/** Every dataset by name: the one entry point the CLI, experiments and notebooks use. */
public final class Datasets {
    private Datasets() {
    }

    /** The names {@link #load} accepts. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("xor-4");
        for (SyntheticSet s : SyntheticSet.values()) {
            names.add(s.id());
        }
        names.add("iris");
        names.add("fashion-mnist");
        names.add("mnist");
        return List.copyOf(names);
    }

    /** Makes or reads dataset {@code name}; an unknown name fails with the list of known ones. */
    public static Dataset load(String name, DataOptions options) {
        SyntheticSet synthetic = SyntheticSet.byId(name);
        if (synthetic != null) {
            return synthetic.make(options);
        }
        return switch (name) {
            case "xor-4" -> XorPoints.dataset();
            case "iris" -> Iris.dataset(options);
            case "fashion-mnist" -> ImageFiles.fashionMnist(options);
            case "mnist" -> ImageFiles.mnist(options);
            default -> throw new IllegalArgumentException("unknown dataset '" + name + "': expected one of "
                    + String.join(", ", names()));
        };
    }
}
