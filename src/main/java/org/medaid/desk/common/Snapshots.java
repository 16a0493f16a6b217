package org.medaid.desk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a scene as a PNG: the README's screenshots, taken by the desk itself
 * ({@code -Dmedaid.snapshot=FILE.png}) or by the screenshot tour, so they need no screen grabber.
 */
public final class Snapshots {

    /** System property naming the PNG to write once the roster's first page is on screen. */
    public static final String PROPERTY = "medaid.snapshot";

    private Snapshots() {
    }

    /** Call on the FX thread. */
    public static void write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
