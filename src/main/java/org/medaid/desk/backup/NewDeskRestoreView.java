package org.medaid.desk.backup;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Styles;

/**
 * 从备份恢复 on a new PC (NewDeskRestoreView.fxml over a {@link NewDeskRestoreViewModel}), in its own window
 * over the desk: the file, the recovery code or an administrator's name and password, 检查备份 with what the
 * backup holds, then 恢复到本机 and 继续登录. 取消 goes back to the first run.
 */
public final class NewDeskRestoreView {

    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private RadioButton codeChoice;
    @FXML private RadioButton passwordChoice;
    @FXML private Label codeLabel;
    @FXML private TextField restoreCodeField;
    @FXML private Label loginLabel;
    @FXML private TextField adminLoginField;
    @FXML private Label passwordLabel;
    @FXML private PasswordField adminPasswordField;
    @FXML private Button checkButton;
    @FXML private VBox summaryBox;
    @FXML private Label backupSummary;
    @FXML private Label restoreMessage;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button cancelButton;
    @FXML private Button restoreHereButton;
    @FXML private Button continueButton;

    private final NewDeskRestoreViewModel model;
    private final Parent view;
    private final Stage stage = new Stage();
    private Runnable onCancel = () -> { };
    private Runnable onRestored = () -> { };

    public NewDeskRestoreView(NewDeskRestoreViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        ToggleGroup way = new ToggleGroup();
        codeChoice.setToggleGroup(way);
        passwordChoice.setToggleGroup(way);
        codeChoice.setSelected(model.withCodeProperty().get());
        passwordChoice.setSelected(!model.withCodeProperty().get());
        way.selectedToggleProperty().addListener((o, a, b) -> model.withCodeProperty().set(b == codeChoice));
        fileField.textProperty().bindBidirectional(model.fileProperty());
        restoreCodeField.textProperty().bindBidirectional(model.codeProperty());
        adminLoginField.textProperty().bindBidirectional(model.loginProperty());
        adminPasswordField.textProperty().bindBidirectional(model.passwordProperty());
        for (Node n : new Node[] {codeLabel, restoreCodeField}) {
            n.visibleProperty().bind(model.withCodeProperty());
            n.managedProperty().bind(model.withCodeProperty());
        }
        for (Node n : new Node[] {loginLabel, adminLoginField, passwordLabel, adminPasswordField}) {
            n.visibleProperty().bind(model.withCodeProperty().not());
            n.managedProperty().bind(model.withCodeProperty().not());
        }
        for (Node n : new Node[] {fileField, chooseButton, codeChoice, passwordChoice, restoreCodeField, adminLoginField, adminPasswordField}) {
            n.disableProperty().bind(model.status().busyProperty().or(model.restoredProperty()));
        }
        checkButton.disableProperty().bind(model.canCheckBinding().not());
        restoreHereButton.disableProperty().bind(model.canRestoreBinding().not());
        backupSummary.textProperty().bind(model.summaryProperty());
        summaryBox.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summaryBox.managedProperty().bind(model.summaryProperty().isNotEmpty());
        StatusLine.bind(model.status(), restoreMessage, busyIndicator);
        cancelButton.disableProperty().bind(model.status().busyProperty().or(model.restoredProperty()));
        restoreHereButton.visibleProperty().bind(model.restoredProperty().not());
        restoreHereButton.managedProperty().bind(model.restoredProperty().not());
        continueButton.visibleProperty().bind(model.restoredProperty());
        continueButton.managedProperty().bind(model.restoredProperty());
        // the check's result: the next step's button is the default, so Enter goes on
        model.checkedProperty().addListener((o, a, b) -> {
            checkButton.setDefaultButton(b == null);
            restoreHereButton.setDefaultButton(b != null);
            if (b != null) {
                restoreHereButton.requestFocus();
            }
        });
        model.restoredProperty().addListener((o, a, b) -> {
            if (b) {
                restoreMessage.getStyleClass().setAll("label", "banner", "banner-info");
                continueButton.setDefaultButton(true);
                continueButton.requestFocus();
            }
        });
        model.status().messageProperty().addListener((o, a, b) -> stage.sizeToScene());
        model.summaryProperty().addListener((o, a, b) -> stage.sizeToScene());
    }

    /** Shows the window over {@code owner}; closing it before the restore is 取消. */
    public void show(Window owner, Runnable onRestored, Runnable onCancel) {
        this.onRestored = onRestored;
        this.onCancel = onCancel;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(model.text().get("newDesk.title"));
        Scene scene = new Scene(view);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (model.restoredProperty().get()) {
                proceed();
            } else if (!model.status().busyProperty().get()) {
                cancel();
            }
        });
        stage.setOnShown(e -> fileField.requestFocus());
        stage.show();
        stage.toFront();
    }

    @FXML
    private void choose() {
        FileChooser c = new FileChooser();
        c.setTitle(model.text().get("newDesk.chooser"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(model.text().get("data.restore.filter"), "*.zip"));
        File chosen = c.showOpenDialog(stage);
        if (chosen != null) {
            model.fileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void restore() {
        model.restore();
    }

    @FXML
    private void proceed() {
        stage.close();
        onRestored.run();
    }

    @FXML
    private void cancel() {
        stage.close();
        onCancel.run();
    }

    public Stage stage() {
        return stage;
    }

    public Parent view() {
        return view;
    }
}
