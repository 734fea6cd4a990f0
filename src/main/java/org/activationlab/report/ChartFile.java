package org.activationlab.report;

import java.io.IOException;
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
     * The files for every figure of {@code result}, {@code <experiment>/<figure id>.png}, numbered from
     * {@code firstNumber}; nothing is drawn yet ({@link #write}).
     */
    static List<ChartFile> planned(ExperimentResult<?> result, int firstNumber) {
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
        return files;
    }

    /** Draws the figure into {@code dir}'s file at {@link #path}. */
    void write(Path dir) throws IOException {
        FigureRenderer.writePng(figure, dir.resolve(path));
    }

    /** The id reduced to characters safe in file names and URLs on every system. */
    static String fileStem(String id) {
        String stem = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return stem.isEmpty() ? "figure" : stem;
    }
}
