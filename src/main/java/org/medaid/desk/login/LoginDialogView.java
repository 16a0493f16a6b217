package org.medaid.desk.login;

import org.medaid.desk.common.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.access.LoginResult;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.users.AuthService;

/**
 * Shows the login over the desk's window once the database is open and before any person is on screen.
 * Closing it (Esc, 退出, the window's close box) closes the desk: there is nothing to do without a user.
 */
public final class LoginDialogView {

    private LoginDialogView() {
    }

    /** Over an open store's users (the tours and tests that start with the store open). */
    public static void show(Window owner, AuthService auth, TaskExecutor executor, Texts text,
            Consumer<org.medaid.session.Session> onLoggedIn) {
        show(owner, LoginGate.over(auth), executor, text, r -> onLoggedIn.accept(r.session()));
    }

    /** The desk's login: {@code onLoggedIn} gets the whole result (the store it opened and the user). */
    public static void show(Window owner, LoginGate gate, TaskExecutor executor, Texts text,
            Consumer<LoginResult.LoggedIn> onLoggedIn) {
        show(owner, gate, executor, text, onLoggedIn, null);
    }

    /**
     * The desk's login at start: when the store the password opens fails its check (ADR 0030), the login
     * closes and {@code onDamaged} shows the damaged-store dialog.
     */
    public static void show(Window owner, LoginGate gate, TaskExecutor executor, Texts text,
            Consumer<LoginResult.LoggedIn> onLoggedIn, Consumer<org.medaid.recovery.DamagedStoreException> onDamaged) {
        LoginViewModel model = new LoginViewModel(gate, executor, text);
        LoginView view = new LoginView(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(text.get("login.title"));
        stage.setResizable(false);
        Scene scene = new Scene(view.view());
        Styles.apply(view.view());
        stage.setScene(scene);
        boolean[] done = {false};
        Consumer<LoginResult.LoggedIn> loggedIn = result -> {
            done[0] = true;
            stage.close();
            onLoggedIn.accept(result);
        };
        Consumer<org.medaid.recovery.DamagedStoreException> damagedStore = damaged -> {
            done[0] = true;
            stage.close();
            onDamaged.accept(damaged);
        };
        model.setOnLoginResult(loggedIn);
        if (onDamaged != null) {
            model.setOnDamaged(damagedStore);
        }
        view.setOnRecover(() -> {
            RecoveryLoginViewModel recovery = new RecoveryLoginViewModel(gate, executor, text);
            RecoveryLoginView card = new RecoveryLoginView(recovery);
            Styles.apply(card.view());
            recovery.setOnLoginResult(loggedIn);
            if (onDamaged != null) {
                recovery.setOnDamaged(damagedStore);
            }
            card.setOnBack(() -> {
                scene.setRoot(view.view());
                stage.setTitle(text.get("login.title"));
                stage.sizeToScene();
                view.focusFirst();
            });
            recovery.status().messageProperty().addListener((o, a, b) -> Platform.runLater(stage::sizeToScene));
            scene.setRoot(card.view());
            stage.setTitle(text.get("recoveryLogin.title"));
            stage.sizeToScene();
            card.focusFirst();
        });
        view.setOnQuit(() -> {
            stage.close();
            Platform.exit();
        });
        stage.setOnCloseRequest(e -> {
            if (!done[0]) {
                Platform.exit();
            }
        });
        stage.setOnShown(e -> view.focusFirst());
        // the message changes the card's height: the window follows
        model.status().messageProperty().addListener((o, a, b) -> Platform.runLater(stage::sizeToScene));
        // so does the recovery link, shown once the store says it has a recovery code (after the window is up): without
        // this the window kept the height it had without the link and cut 退出/登录 off at its bottom
        model.canRecoverProperty().addListener((o, a, b) -> Platform.runLater(stage::sizeToScene));
        model.start();
        stage.show();
    }
}
