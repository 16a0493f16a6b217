package org.medaid.desk.firstrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a first-run or data-settings view's FXML with the view as controller and the first-run bundle for {@code %key}. */
public final class FirstRunFxml {

    public static final String SHEET = "/org/medaid/desk/firstrun/firstrun.css";

    private FirstRunFxml() {
    }

    public static Parent load(Object view, FirstRunTexts texts) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, texts.bundle());
        loader.setController(view);
        try {
            Parent root = loader.load();
            root.getStylesheets().add(FirstRunFxml.class.getResource(SHEET).toExternalForm());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
