package org.activationlab.sweep;

import org.activationlab.io.Sha256;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.data.DataOptions;
import org.activationlab.diagnostics.Probe;
import org.activationlab.network.NetworkSpec;
import org.activationlab.io.Json;
import org.activationlab.train.TrainingSettings;

/**
 * One independent training in a sweep: which data, which network, how long, and what to measure
 * inside it while it trains.
 *
 * <p>A cell is fully described by plain values, so it can be hashed (to skip it on {@code --resume}),
 * written to JSON, or shipped to another machine that regenerates the data from its parameters and
 * takes the measurements there ({@link CellResult#measurement}).
 *
 * @param label    human-readable name of the model, e.g. "tanh MLP" (not part of the identity)
 * @param dataset  dataset name for {@code Datasets.load}
 * @param data     dataset parameters (size, noise, seed, files)
 * @param spec     the network, including its seed
 * @param training epochs, batch size, evaluation interval
 * @param probes   measurements taken during training (none: history only)
 */
public record Cell(String label, String dataset, DataOptions data, NetworkSpec spec, TrainingSettings training,
                   List<Probe> probes) {

    public Cell {
        probes = probes == null ? List.of() : List.copyOf(probes);
    }

    /** A cell that records only the training history. */
    public Cell(String label, String dataset, DataOptions data, NetworkSpec spec, TrainingSettings training) {
        this(label, dataset, data, spec, training, List.of());
    }

    /** The same cell, also taking {@code probe}'s measurement. */
    public Cell measuring(Probe probe) {
        List<Probe> more = new java.util.ArrayList<>(probes);
        more.add(probe);
        return new Cell(label, dataset, data, spec, training, more);
    }

    /** SHA-256 of the canonical JSON of everything that affects the numbers (the label does not). */
    @JsonIgnore
    public String id() {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("dataset", dataset);
        identity.put("data", data);
        identity.put("spec", spec);
        identity.put("training", training);
        if (!probes.isEmpty()) { // absent when empty, so a plain cell keeps its id (and its stored result)
            identity.put("probes", probes);
        }
        try {
            return Sha256.hex(Json.CANONICAL.writeValueAsBytes(identity), 12);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash cell " + label, e);
        }
    }

    /** The seed of the network (and of its data order). */
    public long seed() {
        return spec.seed();
    }

    /** For messages: "tanh MLP, seed 3". */
    @Override
    public String toString() {
        return label + ", seed " + seed();
    }

}
