package org.medaid.desk.start;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;
import org.medaid.identity.PolicyArea;

/**
 * 欢迎使用: shown when the store is empty; offers a sample township of one region with a progress bar.
 * The dialog stays open while loading and closes itself when the township is in.
 */
public final class FirstStartDialog {

    private final FirstStartViewModel model;
    private final Texts texts;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public FirstStartDialog(FirstStartViewModel model, Texts texts, Window owner) {
        this.model = model;
        this.texts = texts;
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("start.title"));
        dialog.setHeaderText(texts.get("start.title"));
        ButtonType load = new ButtonType(texts.get("start.load"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(texts.get("start.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(load, later);
        dialog.getDialogPane().setContent(content());
        Button loadButton = (Button) dialog.getDialogPane().lookupButton(load);
        loadButton.setId("loadSample");
        loadButton.disableProperty().bind(model.loadingProperty().or(model.areaProperty().isNull()));
        loadButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.load();
        });
        Button laterButton = (Button) dialog.getDialogPane().lookupButton(later);
        laterButton.setId("laterSample");
        laterButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.loadingProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        if (model.cancellable()) {
            laterButton.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                    .then(texts.get("start.cancel")).otherwise(texts.get("start.later")));
        } else {
            // a load that cannot stop half-way offers no cancel while it runs
            laterButton.disableProperty().bind(model.loadingProperty());
        }
        model.setOnLoaded(() -> {
            dialog.setResult(load);
            dialog.close();
        });
        Styles.apply(dialog.getDialogPane());
    }

    private Node content() {
        Label intro = new Label(texts.get("start.intro"));
        intro.setWrapText(true);
        Label choose = new Label(texts.get("start.choose"));
        choose.getStyleClass().add("section-title");
        ToggleGroup group = new ToggleGroup();
        VBox areas = new VBox(8);
        for (PolicyArea a : model.areas()) {
            RadioButton r = new RadioButton(texts.get("start.area." + a.name()));
            r.setId("sample" + a.name());
            r.setUserData(a);
            r.setToggleGroup(group);
            r.setSelected(a == model.areaProperty().get());
            r.disableProperty().bind(model.loadingProperty());
            areas.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((o, old, now) ->
                model.areaProperty().set(now == null ? null : (PolicyArea) now.getUserData()));
        ProgressBar bar = new ProgressBar();
        bar.setId("sampleProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("sampleStatus");
        status.getStyleClass().add("note");
        status.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.getStyleClass().add("field-message");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label note = new Label(texts.get("start.note"));
        note.getStyleClass().add("note");
        note.setWrapText(true);
        VBox box = new VBox(12, intro, choose, areas, bar, status, error, note);
        box.setPrefWidth(520);
        return box;
    }

    /** Shows the dialog and waits; true when a township was loaded. */
    public boolean showAndWait() {
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false)
                && model.loadedProperty().get() >= 0;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
