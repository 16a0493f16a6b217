package org.medaid.desk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML with the view object as its controller and the screen text bundle for {@code %key}. */
public final class Fxml {

    private Fxml() {
    }

    /** Loads {@code <ViewClass>.fxml} lying next to the view's class, e.g. roster/RosterView.fxml. */
    public static Parent load(Object view, Texts texts) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, texts.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
