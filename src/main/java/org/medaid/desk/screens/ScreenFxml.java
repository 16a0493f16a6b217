package org.medaid.desk.screens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.medaid.desk.common.Styles;

/**
 * Loads a view's FXML (next to its class) with the view as controller and {@link ScreenText} for
 * {@code %key}, and puts the issue-4 stylesheet on its root beside the desk's.
 */
public final class ScreenFxml {

    /** The few rules the issue-4 screens add to desk.css (struck-through voided bills, changed rows ...). */
    public static final String SHEET = "/org/medaid/desk/screens.css";

    private ScreenFxml() {
    }

    public static Parent load(Object view, ScreenText text) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, text.bundle());
        loader.setController(view);
        try {
            Parent root = loader.load();
            LabelLinks.resolve(url, loader.getNamespace());
            style(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }

    /** Puts our stylesheet (and the desk's, for a dialog's own scene) on {@code root}. */
    public static void style(Parent root) {
        String sheet = ScreenFxml.class.getResource(SHEET).toExternalForm();
        if (!root.getStylesheets().contains(sheet)) {
            root.getStylesheets().add(sheet);
        }
    }

    /** For the root of a dialog or window of our own: the desk's sheet and font, then ours. */
    public static void styleWindow(Parent root) {
        Styles.apply(root);
        style(root);
    }
}
