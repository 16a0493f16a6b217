package org.medaid.desk.firstrun;

import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/**
 * Page 2: the administrator. Each field says under its row what is wrong, once something has been typed
 * in it; the two password fields are never read back into the screen.
 */
public final class AdminView {

    @FXML private TextField loginField;
    @FXML private TextField nameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label loginMessage;
    @FXML private Label nameMessage;
    @FXML private Label passwordMessage;
    @FXML private Label repeatMessage;

    private final AdminViewModel step;
    private final Texts texts;
    private final Parent view;

    public AdminView(AdminViewModel step, Texts texts) {
        this.step = step;
        this.texts = texts;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        loginField.textProperty().bindBidirectional(step.loginProperty());
        nameField.textProperty().bindBidirectional(step.displayNameProperty());
        passwordField.textProperty().bindBidirectional(step.passwordProperty());
        repeatField.textProperty().bindBidirectional(step.repeatProperty());
        message(loginMessage, step.loginProblem(), loginField);
        message(nameMessage, step.displayNameProblem(), nameField);
        message(passwordMessage, step.passwordProblem(), passwordField);
        message(repeatMessage, step.repeatProblem(), repeatField);
    }

    /** The problem's text once the field has been typed in (an untouched empty form is not all red). */
    private void message(Label label, StringBinding problem, TextField field) {
        ObservableStringValue text = Bindings.createStringBinding(() -> {
            boolean touched = !field.getText().isEmpty() || field == loginField;
            String key = problem.get();
            if (!touched) {
                return "";
            }
            return key.isEmpty() ? texts.get("firstrun.admin.ok") : texts.get(key);
        }, problem, field.textProperty());
        label.textProperty().bind(text);
        problem.addListener((o, a, b) -> label.getStyleClass().setAll("label", b.isEmpty() ? "field-ok" : "field-message"));
        label.getStyleClass().setAll("label", problem.get().isEmpty() ? "field-ok" : "field-message");
    }

    public void focus() {
        Platform.runLater(() -> {
            loginField.requestFocus();
            loginField.selectAll();
        });
    }

    public Parent view() {
        return view;
    }
}
