package org.medaid.desk.firstrun;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.ScreenFit;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;

/**
 * The first-run window, modal over the desk's main window. Closing it (or Esc) before 完成 asks, then
 * closes the desk: without an administrator there is no desk to use, and the next start asks again.
 */
public final class FirstRunWizardView {

    private final Stage stage = new Stage();
    private final FirstRunViewModel model;
    private final Texts texts;
    private final FirstRunView view;

    public FirstRunWizardView(Window owner, FirstRunViewModel model, Texts texts, TaskExecutor executor, Path dataFolder,
            Consumer<FirstRunSetup.Outcome> onDone) {
        this.model = model;
        this.texts = texts;
        this.view = new FirstRunView(model, texts, executor, dataFolder, outcome -> {
            stage.close();
            onDone.accept(outcome);
        });
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        javafx.geometry.Dimension2D size = ScreenFit.size(owner, 1180, 740);
        Scene scene = new Scene(view.view(), size.getWidth(), size.getHeight());
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setTitle(texts.get("firstrun.title"));
        stage.setMinWidth(Math.min(960, size.getWidth()));
        stage.setMinHeight(Math.min(640, size.getHeight()));
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            e.consume();
            askToQuit();
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                askToQuit();
            }
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void askToQuit() {
        if (model.runningProperty().get()) {
            return;
        }
        if (Dialogs.confirm(stage, Texts.load(texts.locale()), texts.get("firstrun.quit.title"), texts.get("firstrun.quit.text"))) {
            stage.close();
            Platform.exit();
        }
    }

    /**
     * Offers 从备份恢复 on the first page: {@code action} runs after this window closed (the new store no
     * user exists in yet is then given up by the caller).
     */
    public void setOnRestore(Runnable action) {
        view.setOnRestore(() -> {
            stage.close();
            action.run();
        });
    }

    public Stage stage() {
        return stage;
    }

    public FirstRunViewModel model() {
        return model;
    }
}
