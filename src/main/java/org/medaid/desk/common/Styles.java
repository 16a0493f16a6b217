package org.medaid.desk.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The desk's one stylesheet, desk.css (colours as looked-up variables on {@code .root}), and the resolved
 * CJK font on a scene or a dialog pane; every such scene also keeps the keyboard rules of {@link KeyGuard}.
 */
public final class Styles {

    public static final String SHEET = "/org/medaid/desk/desk.css";

    private Styles() {
    }

    public static void apply(Scene scene) {
        KeyGuard.install(scene);
        scene.getStylesheets().setAll(url());
        if (scene.getRoot() != null) {
            apply(scene.getRoot());
        }
    }

    /** For a root that is not (yet) a scene's: a dialog pane, or a new root after a language change. */
    public static void apply(Parent root) {
        sheet(root);
        // a dialog pane gets its scene when shown: the keyboard rules follow it there
        if (root.getScene() != null) {
            KeyGuard.install(root.getScene());
        }
        root.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                KeyGuard.install(b);
            }
        });
        root.setStyle(Fonts.rootStyle());
    }

    /** Only the stylesheet, for a view's root loaded from FXML (its inline style is left alone). */
    public static void sheet(Parent root) {
        if (!root.getStylesheets().contains(url())) {
            root.getStylesheets().add(url());
        }
    }

    private static String url() {
        return Styles.class.getResource(SHEET).toExternalForm();
    }
}
