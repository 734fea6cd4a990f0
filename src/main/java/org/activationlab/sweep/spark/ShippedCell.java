package org.activationlab.sweep.spark;

import org.activationlab.sweep.Cell;
import org.activationlab.sweep.CellResult;

/**
 * What travels between the driver and a Spark task, as JSON text: a cell out, its result back.
 *
 * <p>The index ties a result to the driver's own {@link Cell} object, so a result never depends on a
 * cell surviving the JSON round trip unchanged (e.g. its data path being rewritten).
 */
record ShippedCell(int index, Cell cell, CellResult result) {

    static ShippedCell out(int index, Cell cell) {
        return new ShippedCell(index, cell, null);
    }

    ShippedCell back(CellResult r) {
        return new ShippedCell(index, null, r);
    }
}
