package org.medaid.desk.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;

/** The login card: wires LoginView.fxml to a {@link LoginViewModel}; Enter logs in, Esc quits. */
public final class LoginView {

    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button loginButton;
    @FXML private Button quitButton;
    @FXML private Hyperlink recoverLink;

    private final LoginViewModel model;
    private final Parent view;
    private Runnable onQuit = Platform::exit;
    private Runnable onRecover = () -> { };

    public LoginView(LoginViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        loginField.textProperty().bindBidirectional(model.loginProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        StatusLine.bind(model.status(), messageLabel, busyIndicator);
        loginButton.disableProperty().bind(model.canSubmitBinding().not());
        // a store without users: nobody logs in here, the sentence says where the administrator is made
        loginField.disableProperty().bind(model.noUsersProperty());
        passwordField.disableProperty().bind(model.noUsersProperty());
        model.noUsersProperty().addListener((o, a, b) -> {
            if (b) {
                quitButton.requestFocus();
            }
        });
        recoverLink.visibleProperty().bind(model.canRecoverProperty());
        recoverLink.managedProperty().bind(model.canRecoverProperty());
        loginField.setAccessibleText(model.text().get("login.user.plain"));
        passwordField.setAccessibleText(model.text().get("login.password.plain"));
        // A wrong password: the field is cleared and gets the focus for the next try.
        model.status().messageProperty().addListener((o, a, b) -> {
            if (!b.isEmpty() && model.status().isError() && !model.noUsersProperty().get()) {
                passwordField.requestFocus();
            }
        });
    }

    @FXML
    private void submit() {
        model.submit();
    }

    @FXML
    private void quit() {
        onQuit.run();
    }

    @FXML
    private void recover() {
        onRecover.run();
    }

    /** What 用恢复码登录 does: the login window shows the recovery-code card instead. */
    public void setOnRecover(Runnable action) {
        this.onRecover = action;
    }

    public void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    public void focusFirst() {
        (model.noUsersProperty().get() ? quitButton : loginField).requestFocus();
    }

    public Parent view() {
        return view;
    }
}
