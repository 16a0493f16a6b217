package org.medaid.desk.backup;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.medaid.backup.BackupManifest;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.TableSum;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.Errors;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Database;

/**
 * The data part of the settings page (设置 → 数据与备份): a card the settings screen places where its
 * backup row stands. Build it with {@link #create} once the store is open.
 */
public final class DataView {

    @FXML private TextField dataFolderField;
    @FXML private Button dataFolderButton;
    @FXML private Button dataFolderResetButton;
    @FXML private Label dataFolderNote;
    @FXML private CheckBox backupOnExitBox;
    @FXML private Label backupOnExitNote;
    @FXML private TextField backupFolderField;
    @FXML private Button backupButton;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private TextField fontField;

    private final DataViewModel model;
    private final Texts texts;
    private final Window owner;
    private final Runnable exit;
    private final Parent view;

    DataView(DataViewModel model, Texts texts, Window owner, Runnable exit) {
        this.model = model;
        this.texts = texts;
        this.owner = owner;
        this.exit = exit;
        this.view = Fxml.load(this, texts);
    }

    /** The card over the open store; {@code owner} owns its dialogs. A restore closes the desk with {@link Platform#exit}. */
    public static DataView create(Window owner, TaskExecutor executor, Database db, java.util.Locale locale,
            java.util.function.Supplier<org.medaid.session.Session> session) {
        Texts texts = Texts.load(locale);
        return new DataView(new DataViewModel(db, DeskSettings.forUser(), executor, texts, Clock.systemDefaultZone(), session), texts,
                owner, Platform::exit);
    }

    /** The card over a model built by the caller (tests, the screenshot tour). */
    public static DataView create(Window owner, DataViewModel model, Texts texts) {
        return new DataView(model, texts, owner, Platform::exit);
    }

    @FXML
    private void initialize() {
        dataFolderField.setText(model.dataFolder().toString());
        boolean fixed = model.origin() == DeskSettings.DataOrigin.COMMAND_LINE;
        dataFolderButton.setDisable(fixed);
        dataFolderResetButton.setDisable(fixed);
        dataFolderNote.textProperty().bind(Bindings.createStringBinding(() -> {
            String origin = texts.get("data.folder.origin." + model.origin());
            Path next = model.nextFolderProperty().get();
            if (fixed || next == null || next.equals(model.dataFolder())) {
                return origin;
            }
            return origin + "。" + texts.format("data.folder.next", next) + "　" + texts.get("data.folder.restart");
        }, model.nextFolderProperty()));
        backupOnExitBox.selectedProperty().bindBidirectional(model.backupOnExitProperty());
        backupOnExitNote.setText(texts.format("data.backup.onExit.note", ExitBackup.KEEP));
        backupFolderField.textProperty().bind(Bindings.createStringBinding(
                () -> String.valueOf(model.backupFolderProperty().get()), model.backupFolderProperty()));
        backupButton.disableProperty().bind(model.status().busyProperty());
        restoreButton.disableProperty().bind(model.status().busyProperty());
        StatusLine.bind(model.status(), statusLabel, busyIndicator);
        fontField.textProperty().bind(Bindings.createStringBinding(() -> model.fontProperty().get().isEmpty()
                ? texts.get("data.font.bundled") : model.fontProperty().get(), model.fontProperty()));
    }

    @FXML
    void chooseDataFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(texts.get("data.folder.choose"));
        File f = c.showDialog(owner);
        if (f != null) {
            model.chooseDataFolder(f.toPath());
        }
    }

    @FXML
    void resetDataFolder() {
        model.resetDataFolder();
    }

    @FXML
    void chooseBackupFolder() {
        File f = chooseFolder();
        if (f != null) {
            model.chooseBackupFolder(f.toPath());
        }
    }

    @FXML
    void backupNow() {
        File f = chooseFolder();
        if (f != null) {
            model.backupNow(f.toPath());
        }
    }

    private File chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(texts.get("data.backup.choose"));
        File initial = model.backupFolderProperty().get().toFile();
        if (initial.isDirectory()) {
            c.setInitialDirectory(initial);
        }
        return c.showDialog(owner);
    }

    @FXML
    void restore() {
        FileChooser c = new FileChooser();
        c.setTitle(texts.get("data.restore.choose"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("data.restore.filter"), "*.zip"));
        File initial = model.backupFolderProperty().get().toFile();
        if (initial.isDirectory()) {
            c.setInitialDirectory(initial);
        }
        File f = c.showOpenDialog(owner);
        if (f != null) {
            restoreFrom(f.toPath());
        }
    }

    /** Checks the file, asks, backs up the current data, stages the restore and restarts the desk. */
    public void restoreFrom(Path zip) {
        model.checkRestore(zip, manifest -> {
            if (confirm(zip, manifest)) {
                model.stageRestore(zip, safety -> {
                    info(texts.get("data.restore.ready.title"), texts.format("data.restore.ready.text", safety.file()));
                    if (!Restart.relaunch()) {
                        info(texts.get("data.restore.ready.title"), texts.get("data.restore.manual"));
                    }
                    exit.run();
                });
            }
        }, reason -> Errors.show(owner, Texts.load(texts.locale()), texts.get("data.restore.refused"), reason, null));
    }

    private boolean confirm(Path zip, BackupManifest m) {
        TableSum people = m.tables().get("PERSON");
        String text = texts.format("data.restore.confirm.text", zip, m.createdAt().replace('T', ' '), m.totalRows(),
                people == null ? 0 : people.rows(), model.backupFolderProperty().get());
        return Dialogs.confirm(owner, Texts.load(texts.locale()), texts.get("data.restore.confirm.title"), text);
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(text);
        Styles.apply(a.getDialogPane());
        a.showAndWait();
    }

    @FXML
    void chooseFont() {
        FileChooser c = new FileChooser();
        c.setTitle(texts.get("data.font.chooseTitle"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("data.font.filter"), "*.ttf", "*.ttc", "*.TTF", "*.TTC"));
        File f = c.showOpenDialog(owner);
        if (f != null) {
            model.chooseFont(f.toPath());
        }
    }

    @FXML
    void resetFont() {
        model.resetFont();
    }

    public Parent view() {
        return view;
    }

    DataViewModel model() {
        return model;
    }

    /** The program's version for the backup manifest. */
    /** The program's version, as backups record it. */
    public static String programVersion() {
        return version();
    }

    static String version() {
        String v = DataView.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
