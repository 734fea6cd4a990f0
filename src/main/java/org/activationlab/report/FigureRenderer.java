package org.activationlab.report;

import org.activationlab.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.activationlab.experiment.Figure;

/**
 * Draws a {@link Figure} as an image: the report saves it as PNG, a notebook shows it inline.
 *
 * <pre>{@code
 * BufferedImage chart = FigureRenderer.render(result.figures().get(0));   // e.g. display(chart) in a notebook
 * }</pre>
 *
 * <p>Rendering is headless-safe: unless the JVM was started with {@code -Djava.awt.headless=false},
 * loading this class sets {@code java.awt.headless=true}, so charts draw on servers and in CI without
 * a display. (Set it yourself before any AWT use if your program touches AWT first.)
 */
public final class FigureRenderer {
    /** Default size in pixels: wide enough for a legend beside the plot, readable when scaled to half. */
    public static final int WIDTH = 860;
    public static final int HEIGHT = 520;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureRenderer() {
    }

    /** The figure drawn at the default size. */
    public static BufferedImage render(Figure figure) {
        return render(figure, WIDTH, HEIGHT);
    }

    /** The figure drawn at {@code width} × {@code height} pixels. */
    public static BufferedImage render(Figure figure, int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("chart size: expected at least 200 × 150 pixels, received "
                    + width + " × " + height);
        }
        return switch (figure.kind()) {
            case LINE -> LineChartPlot.draw(figure, width, height);
            case SCATTER -> ScatterPlot.draw(figure, width, height);
            case BAR -> BarPlot.draw(figure, width, height);
            case HEATMAP -> DecisionBoundaryPlot.draw(figure, width, height);
        };
    }

    /** Writes the figure as a PNG file (through a temporary file and a rename) and returns the path. */
    public static Path writePng(Figure figure, Path file) throws IOException {
        BufferedImage image = render(figure);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available in this Java runtime");
            }
        });
        return file;
    }
}
