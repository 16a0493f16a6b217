package org.medaid.desk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The desk's one FXML loader: {@code <ViewClass>.fxml} next to the view's class, the view object as its
 * controller, {@link Texts} for {@code %key}, labels linked to their fields ({@link LabelLinks}, their Alt letters
 * kept when the page is shown again) and the desk's stylesheet on the root.
 */
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(Object view, Texts texts) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, texts.bundle());
        loader.setController(view);
        try {
            Parent root = loader.load();
            LabelLinks.resolve(url, loader.getNamespace());
            LabelLinks.keepOnReturn(root);
            Styles.sheet(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
