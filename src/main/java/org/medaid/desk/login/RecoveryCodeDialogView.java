package org.medaid.desk.login;

import org.medaid.desk.common.Styles;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.desk.preview.PreviewDialogView;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.print.PrintService;
import org.medaid.print.RecoveryCodePage;
import org.medaid.security.KeyringWriter;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;

/**
 * The first-run step of the recovery code (恢复码, ADR 0033), shown to an administrator after the first
 * login on a new or newly encrypted store, and again at each administrator login until confirmed: a new
 * code is wrapped into the keyring, shown, printable as one page through the desk's print preview, and
 * 继续 is enabled only once the administrator ticks that it is printed or written down. Closing the
 * window unconfirmed means a new code next time (the shown one then no longer opens anything).
 */
public final class RecoveryCodeDialogView {

    private RecoveryCodeDialogView() {
    }

    public static void show(Window owner, Database db, TaskExecutor executor, Texts text, PrintService printer,
            Runnable done) {
        StoreKey key = db.key().orElseThrow(() -> new IllegalStateException("a plain store has no recovery code"));
        KeyringWriter keyring = new KeyringWriter(db.folder());
        executor.submit(BackgroundTask.of("new recovery code", p -> keyring.newRecoveryCode(key))
                .onSuccess(code -> open(owner, db, executor, text, printer, keyring, key, code, done)));
    }

    private static void open(Window owner, Database db, TaskExecutor executor, Texts text, PrintService printer,
            KeyringWriter keyring, StoreKey key, String code, Runnable done) {
        Label intro = new Label(text.get("login.recovery.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        Label codeLabel = new Label(code);
        codeLabel.setId("recoveryCode");
        codeLabel.setStyle("-fx-font-family: monospace; -fx-font-size: 26px; -fx-font-weight: bold; -fx-padding: 16 0 16 0;");
        codeLabel.setAccessibleText(code);
        Button print = new Button(text.get("login.recovery.print"));
        print.setId("recoveryPrint");
        CheckBox confirmed = new CheckBox(text.get("login.recovery.confirm"));
        confirmed.setId("recoveryConfirmed");
        Button next = new Button(text.get("login.recovery.done"));
        next.setId("recoveryDone");
        next.setDefaultButton(true);
        next.disableProperty().bind(confirmed.selectedProperty().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, print, gap, next);
        VBox root = new VBox(12, intro, codeLabel, confirmed, buttons);
        root.setPadding(new Insets(20));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(text.get("login.recovery.title"));
        stage.setScene(new Scene(root));
        Styles.apply(root);
        String deskLine = text.format("login.recovery.pdf.desk", db.folder(), LocalDate.now());
        PrintJob job = new PrintJob(text.get("login.recovery.pdf.title"), false, false,
                (paper, ids) -> new PrintJob.Rendered(RecoveryCodePage.render(text.get("login.recovery.pdf.title"), code,
                        text.get("login.recovery.pdf.note"), deskLine), false), (d, o) -> { }).onPaperOnly();
        print.setOnAction(e -> PreviewDialogView.show(stage, job, printer, executor, text, PrintSettings.forUser(), () -> { }));
        next.setOnAction(e -> executor.submit(BackgroundTask.run("recovery code confirmed", () -> keyring.confirmRecoveryCode(key))
                .onSuccess(x -> {
                    stage.close();
                    done.run();
                })));
        stage.show();
    }
}
