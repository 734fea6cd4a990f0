package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.data.DataOptions;
import org.activationlab.experiment.ClaimVerdict;
import org.activationlab.experiment.CompareExperiment;
import org.activationlab.experiment.CompareResult;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Verdict;
import org.activationlab.io.Json;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import org.activationlab.sweep.FailingExecutor;
import org.activationlab.sweep.StopSignal;
import org.activationlab.sweep.SweepExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells that fail are no result: the verdicts say inconclusive, the files are partial, the exit code says so. */
class FailedCellsTest {

    /** Like a cluster whose executors cannot start: every cell comes back failed. */
    private static final SweepExecutor LOST = FailingExecutor.everyCell("executor lost: no worker accepted the task");

    @Test
    void aCompareWhoseEveryCellFailedIsInconclusiveAndExitsWithCellsFailed(@TempDir Path tmp) throws Exception {
        var settings = new CompareExperiment.Settings("circle", DataOptions.defaults().withPoints(60), List.of(4),
                List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU), 2, 1, 2, 20,
                Optimizer.adam(0.02), 0, WeightInitChoice.AUTO, 0.9);
        CommonOptions common = new CommonOptions();
        common.out = tmp;
        common.quiet = true;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ExperimentResult<CompareResult> result = ExperimentRunner.run(new CompareExperiment(settings), common,
                new PrintStream(printed, true, StandardCharsets.UTF_8), new StopSignal(), LOST);

        assertEquals(ExperimentRunner.CELLS_FAILED, ExperimentRunner.exitCode(result));
        assertEquals(3, result.claims().size());
        for (ClaimVerdict v : result.claims()) {
            assertEquals(Verdict.INCONCLUSIVE, v.verdict(), v.toString());
            assertTrue(v.evidence().contains("0 of 2 (2 failed)"), v.evidence());
        }
        assertTrue(result.findings().comparisons().stream().noneMatch(c -> c.finding().equals("not significant")));
        assertEquals(8, result.provenance().cells().failed());
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("8 of 8 cells failed"), out);
        assertTrue(out.contains("executor lost: no worker accepted the task"), out);
        assertTrue(out.contains("failed: 8 of 8 cells"), out);
        // partial files only: a failed run never stands in for a complete one
        assertFalse(Files.exists(tmp.resolve("compare/summary.json")));
        var summary = Json.MAPPER.readTree(tmp.resolve("compare/summary.partial.json").toFile());
        assertEquals("inconclusive", summary.get("claims").get(0).get("verdict").asText());
        assertEquals(8, summary.get("provenance").get("cells").get("failed").asInt());
    }
}
