package org.medaid.desk.common;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A window's first size (ADR 0114): what it asks for, at most the visible part of the screen it opens on, less
 * {@link #MARGIN} for the frame the system draws around it. Township PCs often have 1366 × 768 screens: the first-run
 * wizard asked for 740 pixels of height and its 下一步 / 完成 row fell below the taskbar.
 */
public final class ScreenFit {

    /** Room for the window's title bar and border. */
    static final double MARGIN = 40;

    private ScreenFit() {
    }

    /** The size for a window of {@code width} × {@code height} over {@code owner} (null: on the primary screen). */
    public static Dimension2D size(Window owner, double width, double height) {
        return fit(visible(owner), width, height);
    }

    static Dimension2D fit(Rectangle2D visible, double width, double height) {
        return new Dimension2D(Math.min(width, visible.getWidth() - MARGIN), Math.min(height, visible.getHeight() - MARGIN));
    }

    /** The visible bounds (without taskbars) of the screen {@code owner} is on, or of the primary screen. */
    static Rectangle2D visible(Window owner) {
        List<Screen> screens = owner == null || Double.isNaN(owner.getX()) ? List.of()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
