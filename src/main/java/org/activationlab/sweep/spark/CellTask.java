package org.activationlab.sweep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.activationlab.io.Json;
import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;
import org.activationlab.layers.FencedOpExecutioner;
import org.activationlab.sweep.CellTrainer;

/**
 * The work of one Spark task, run on an executor: read cells from JSON, train each (a failing cell
 * once more), return their results as JSON.
 *
 * <p>Data never passes through the driver: {@link CellTrainer} regenerates synthetic sets from their
 * parameters and reads IDX files from the cell's data path, which must exist on every node.
 */
final class CellTask {
    /** The sweep whose trainer this executor JVM holds; tasks of one sweep share loaded datasets. */
    private static String currentSweep;
    private static CellTrainer trainer;

    private CellTask() {
    }

    static List<String> train(List<String> shippedCells, String sweepId) {
        FencedOpExecutioner.installUnlessChosen(); // before this executor JVM's first ND4J use: tasks run side by side
        CellTrainer cellTrainer = trainerFor(sweepId);
        List<String> results = new ArrayList<>();
        for (String json : shippedCells) {
            ShippedCell shipped = read(json);
            results.add(write(shipped.back(trainTwice(shipped.cell(), cellTrainer::train))));
        }
        return results;
    }

    /** A failing cell gets a second try (a transient fault on a busy node); a second failure is its result. */
    static CellResult trainTwice(Cell cell, Function<Cell, CellResult> train) {
        CellResult first = train.apply(cell);
        return first.failed() ? train.apply(cell) : first;
    }

    /** One trainer (dataset cache) per sweep and executor JVM, dropped when the next sweep starts. */
    private static synchronized CellTrainer trainerFor(String sweepId) {
        if (!sweepId.equals(currentSweep)) {
            currentSweep = sweepId;
            trainer = new CellTrainer();
        }
        return trainer;
    }

    static ShippedCell read(String json) {
        try {
            return Json.MAPPER.readValue(json, ShippedCell.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read a shipped cell: " + e.getOriginalMessage(), e);
        }
    }

    static String write(ShippedCell shipped) {
        try {
            return Json.MAPPER.writeValueAsString(shipped);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a shipped cell: " + e.getOriginalMessage(), e);
        }
    }
}
