package org.activationlab.sweep;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Trains cells on one local thread, except those {@code fails} picks: they come back failed with {@code message}. */
public record FailingExecutor(Predicate<Cell> fails, String message) implements SweepExecutor {

    /** Like a cluster whose executors cannot start: every cell fails. */
    public static FailingExecutor everyCell(String message) {
        return new FailingExecutor(c -> true, message);
    }

    @Override
    public List<CellResult> run(List<Cell> cells, Consumer<CellResult> onFinished, StopSignal stop) {
        CellTrainer trainer = new CellTrainer();
        return cells.stream().map(c -> fails.test(c) ? CellResult.failure(c, message) : trainer.train(c))
                .peek(onFinished).toList();
    }

    @Override
    public String describe() {
        return "local, failing some cells";
    }
}
