package org.medaid.desk.lock;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Texts;

/**
 * The lock over the desk's window (ADR 0034): the screen underneath stays as it was, unsaved input
 * included, covered and disabled until the same user's password is given again (or another user logs
 * in). Nothing of the screen is read or rebuilt, so nothing typed is lost.
 */
public final class LockScreenView {

    private final Scene scene;
    private final Texts texts;
    private final StackPane wrapper = new StackPane();
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final Label error = new Label();
    private final Button unlock = new Button();
    private final Button switchUser = new Button();
    private Parent covered;

    public LockScreenView(Scene scene, Texts texts) {
        this.scene = scene;
        this.texts = texts;
        password.setId("lockPassword");
        password.setAccessibleText(texts.get("lock.password"));
        unlock.setId("lockUnlock");
        unlock.setText(texts.get("lock.unlock"));
        unlock.setDefaultButton(true);
        switchUser.setId("lockSwitch");
        switchUser.setText(texts.get("lock.switch"));
        error.setId("lockError");
        error.getStyleClass().add("error-text");
        message.setId("lockMessage");
        message.setWrapText(true);
        Label title = new Label(texts.get("lock.title"));
        title.getStyleClass().add("page-title");
        Label label = new Label(texts.get("lock.password"));
        label.setMnemonicParsing(true);
        label.setLabelFor(password);
        VBox card = new VBox(12, title, message, label, password, new javafx.scene.layout.HBox(8, unlock, switchUser), error);
        card.getStyleClass().add("card");
        card.setMaxSize(420, javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setStyle("-fx-background-color: white; -fx-padding: 24; -fx-background-radius: 8;");
        StackPane shade = new StackPane(card);
        shade.setId("lockScreen");
        shade.setAlignment(Pos.CENTER);
        shade.setStyle("-fx-background-color: rgba(30, 40, 50, 0.82);");
        wrapper.getChildren().add(shade);
    }

    /** Covers the window; {@code who} is named in the message. Does nothing when already locked. */
    public void show(String who) {
        message.setText(texts.format("lock.message", who));
        error.setText("");
        password.clear();
        if (covered != null) {
            return;
        }
        covered = scene.getRoot();
        scene.setRoot(new Group());
        covered.setDisable(true);
        wrapper.getChildren().add(0, covered);
        scene.setRoot(wrapper);
        password.requestFocus();
    }

    /** Gives the window back as it was. */
    public void hide() {
        if (covered == null) {
            return;
        }
        Parent back = covered;
        covered = null;
        wrapper.getChildren().remove(back);
        scene.setRoot(new Group());
        back.setDisable(false);
        scene.setRoot(back);
    }

    public boolean showing() {
        return covered != null;
    }

    public PasswordField password() {
        return password;
    }

    public Button unlockButton() {
        return unlock;
    }

    public Button switchButton() {
        return switchUser;
    }

    public void wrong() {
        password.clear();
        error.setText(texts.get("lock.wrong"));
    }
}
