package org.medaid.desk.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The desk's small dialogs, styled alike, with buttons named in the clerk's language. */
public final class Dialogs {

    private Dialogs() {
    }

    public static ButtonType ok(Texts texts) {
        return new ButtonType(texts.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Texts texts) {
        return new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * A form dialog: {@code content} with OK (default, Enter) and Cancel (Esc); OK is disabled while
     * {@code valid} is false. {@code first} gets the focus. True when the clerk confirmed.
     */
    public static boolean form(Window owner, Texts texts, String title, String header, Node content,
            ObservableBooleanValue valid, Node first) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        ButtonType ok = ok(texts);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel(texts));
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.not(valid));
        Styles.apply(d.getDialogPane());
        if (first != null) {
            Platform.runLater(first::requestFocus);
        }
        return d.showAndWait().filter(ok::equals).isPresent();
    }

    public static boolean confirm(Window owner, Texts texts, String title, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(text);
        ButtonType ok = ok(texts);
        a.getButtonTypes().setAll(ok, cancel(texts));
        Styles.apply(a.getDialogPane());
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    /** Asks for a reason (voiding needs one); OK stays disabled while it is blank. */
    public static Optional<String> reason(Window owner, Texts texts, String title, String header) {
        TextField field = new TextField();
        field.setId("reasonField");
        field.setPrefColumnCount(30);
        Label label = new Label(texts.get("dialog.reason"));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        Label note = new Label(texts.get("dialog.reason.note"));
        note.getStyleClass().add("note");
        note.setWrapText(true);
        VBox box = new VBox(8, label, field, note);
        box.setPrefWidth(420);
        boolean done = form(owner, texts, title, header, box,
                Bindings.createBooleanBinding(() -> !field.getText().isBlank(), field.textProperty()), field);
        return done ? Optional.of(field.getText().strip()) : Optional.empty();
    }
}
