package org.medaid.desk.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** Puts desk.css and the resolved CJK font on a scene or a dialog pane. */
public final class Styles {

    public static final String SHEET = "/org/medaid/desk/desk.css";

    private Styles() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().setAll(Styles.class.getResource(SHEET).toExternalForm());
        if (scene.getRoot() != null) {
            apply(scene.getRoot());
        }
    }

    /** For a root that is not (yet) a scene's: a dialog pane, or a new root after a language change. */
    public static void apply(Parent root) {
        String sheet = Styles.class.getResource(SHEET).toExternalForm();
        if (!root.getStylesheets().contains(sheet)) {
            root.getStylesheets().add(sheet);
        }
        root.setStyle(Fonts.rootStyle());
    }
}
