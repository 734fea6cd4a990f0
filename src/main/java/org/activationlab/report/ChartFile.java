package org.activationlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activationlab.experiment.Claim;
import org.activationlab.experiment.ExperimentResult;
import org.activationlab.experiment.Figure;

/**
 * A figure saved as a PNG beside the report.
 *
 * @param experiment the experiment that produced it
 * @param figure     the chart data
 * @param path       the PNG's path relative to the report, with forward slashes (e.g. "xor/solved.png")
 * @param number     the figure's number in the report, from 1
 */
record ChartFile(String experiment, Figure figure, String path, int number) {

    /** "Fig. 3": how the claims table refers to the chart. */
    String label() {
        return "Fig. " + number;
    }

    /** The HTML anchor of the chart, e.g. "fig-xor-solved". */
    String anchor() {
        return "fig-" + experiment + "-" + path.substring(path.lastIndexOf('/') + 1, path.length() - ".png".length());
    }

    boolean shows(String experimentName, Claim claim) {
        return experiment.equals(experimentName) && figure.claims().contains(claim);
    }

    /**
     * Renders every figure of {@code result} into {@code dir/<experiment>/<figure id>.png}, numbering them
     * from {@code firstNumber}.
     */
    static List<ChartFile> writeAll(ExperimentResult<?> result, Path dir, int firstNumber) throws IOException {
        List<ChartFile> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Figure figure : result.figures()) {
            String stem = fileStem(figure.id());
            String unique = stem;
            for (int i = 2; !used.add(unique); i++) {
                unique = stem + "-" + i;
            }
            files.add(new ChartFile(result.experiment(), figure, result.experiment() + "/" + unique + ".png",
                    firstNumber + files.size()));
        }
        // each chart is drawn on its own image: the cores that trained are free again at this point
        try {
            files.parallelStream().forEach(f -> {
                try {
                    FigureRenderer.writePng(f.figure(), dir.resolve(f.path()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** The id reduced to characters safe in file names and URLs on every system. */
    static String fileStem(String id) {
        String stem = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return stem.isEmpty() ? "figure" : stem;
    }
}
