package org.medaid.desk.backup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Styles;

/**
 * The small window shown from the moment the clerk closes the desk until the exit backup is written and the
 * store closed (ExitProgressView.fxml over an {@link ExitProgressViewModel}): what is being done, a bar, and a
 * request to leave the computer on. It closes itself when all went well; a failure stays on screen as a sentence
 * with 关闭. It cannot be closed while the work runs: a store closed half-way is what it is there to prevent.
 */
public final class ExitProgressView {

    @FXML private Label stepLabel;
    @FXML private Label keepOnLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label failureLabel;
    @FXML private Button closeButton;

    private final ExitProgressViewModel model;
    private final Parent view;
    private final Stage stage = new Stage(StageStyle.UTILITY);

    public ExitProgressView(ExitProgressViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        stepLabel.textProperty().bind(model.stepProperty());
        failureLabel.textProperty().bind(model.failureProperty());
        for (var n : new javafx.scene.Node[] {failureLabel, closeButton}) {
            n.visibleProperty().bind(model.failureProperty().isNotEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        for (var n : new javafx.scene.Node[] {stepLabel, progressBar, keepOnLabel}) {
            n.visibleProperty().bind(model.failureProperty().isEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        model.finishedProperty().addListener((o, was, finished) -> {
            if (finished && model.failureProperty().get().isEmpty()) {
                stage.close();
            } else if (finished) {
                stage.sizeToScene();
                closeButton.requestFocus();
            }
        });
    }

    /** Shows the window and starts the work. */
    public void showAndStart() {
        Scene scene = new Scene(view);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setTitle(model.text().get("exit.title"));
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> {
            if (!model.finishedProperty().get()) {
                e.consume();
            }
        });
        model.start();
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    @FXML
    private void close() {
        if (model.finishedProperty().get()) {
            stage.close();
        }
    }
}
