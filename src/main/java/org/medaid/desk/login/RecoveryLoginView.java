package org.medaid.desk.login;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;

/**
 * The recovery-code card in the login window (RecoveryLoginView.fxml over a {@link RecoveryLoginViewModel}):
 * code, administrator's name, new password twice; Enter submits, Esc goes back to the login.
 */
public final class RecoveryLoginView {

    @FXML private TextField codeField;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button recoverButton;
    @FXML private Button backButton;

    private final RecoveryLoginViewModel model;
    private final Parent view;
    private Runnable onBack = () -> { };

    public RecoveryLoginView(RecoveryLoginViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        loginField.textProperty().bindBidirectional(model.loginProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        repeatField.textProperty().bindBidirectional(model.repeatProperty());
        StatusLine.bind(model.status(), messageLabel, busyIndicator);
        recoverButton.disableProperty().bind(model.canSubmitBinding().not());
        codeField.setAccessibleText(model.text().get("recoveryLogin.code.plain"));
        model.wrongFieldProperty().addListener((o, a, b) -> {
            TextField field = switch (b) {
                case "code" -> codeField;
                case "login" -> loginField;
                case "password" -> passwordField;
                default -> null;
            };
            if (field != null) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    @FXML
    private void submit() {
        model.submit();
    }

    @FXML
    private void back() {
        onBack.run();
    }

    public void setOnBack(Runnable action) {
        this.onBack = action;
    }

    public void focusFirst() {
        codeField.requestFocus();
    }

    public Parent view() {
        return view;
    }
}
