package org.medaid.desk.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.backup.BackupException;
import org.medaid.backup.BackupManifest;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.session.Action;
import org.medaid.session.DutyException;
import org.medaid.session.Session;
import org.medaid.store.Database;
import org.medaid.users.Administration;

/**
 * The data part of 设置: where the data lives (a change applies from the next start), backup on exit,
 * the backup folder, backup now, restore, and the print font. Every backup and restore step runs on the
 * worker; the outcome is one status line, red when something was refused. Every step goes through
 * {@link Administration} with the logged-in session (ADR 0034): a 审核人 or 经办人 who reaches this card, or
 * this model, is refused with the rule's sentence before anything is read, staged or kept.
 */
public final class DataViewModel {

    private final Database db;
    private final DeskSettings settings;
    private final TaskExecutor executor;
    private final Texts texts;
    private final BackupService backups;
    private final RestoreService restores;
    private final Administration admin;
    private final Supplier<Session> session;
    private final ObjectProperty<Path> nextFolder = new SimpleObjectProperty<>();
    private final BooleanProperty backupOnExit = new SimpleBooleanProperty();
    private final ObjectProperty<Path> backupFolder = new SimpleObjectProperty<>();
    private final StringProperty font = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();

    public DataViewModel(Database db, DeskSettings settings, TaskExecutor executor, Texts texts, Clock clock,
            Supplier<Session> session) {
        this.db = db;
        this.admin = new Administration(db);
        this.session = session;
        this.settings = settings;
        this.executor = executor;
        this.texts = texts;
        this.backups = new BackupService(clock, DataView.version());
        this.restores = new RestoreService(backups, clock);
        nextFolder.set(settings.storedDataFolder().orElse(null));
        backupOnExit.set(settings.backupOnExit());
        backupOnExit.addListener((o, a, b) -> {
            if (b != settings.backupOnExit()) {
                setting(() -> settings.setBackupOnExit(b), () -> { }, () -> backupOnExit.set(settings.backupOnExit()));
            }
        });
        backupFolder.set(settings.backupFolder(db.folder()));
        font.set(settings.printFont().orElse(""));
    }

    public Path dataFolder() {
        return db.folder();
    }

    public DeskSettings.DataOrigin origin() {
        return DeskSettings.dataOrigin();
    }

    /** Keeps {@code folder} for the next start; false (and a message) when it cannot hold the data. */
    public boolean chooseDataFolder(Path folder) {
        if (!DeskSettings.usableDataFolder(folder)) {
            error(texts.format("data.folder.unusable", folder));
            return false;
        }
        setting(() -> settings.setDataFolder(folder), () -> {
            nextFolder.set(folder.toAbsolutePath());
            info(texts.format("data.folder.next", folder.toAbsolutePath()));
        }, () -> { });
        return true;
    }

    public void resetDataFolder() {
        setting(() -> settings.setDataFolder(null), () -> {
            nextFolder.set(null);
            info(texts.get("data.folder.restart"));
        }, () -> { });
    }

    public void chooseBackupFolder(Path folder) {
        setting(() -> settings.setBackupFolder(folder), () -> backupFolder.set(folder), () -> { });
    }

    /**
     * A setting of this card, kept on the worker only when the session may change settings; {@code done}
     * follows on the FX thread, {@code refused} after the sentence is shown.
     */
    private void setting(Runnable change, Runnable done, Runnable refused) {
        executor.submit(BackgroundTask.run("change setting", () -> admin.changeSetting(session.get(), change))
                .onSuccess(v -> done.run())
                .onFailure(e -> {
                    failed(e);
                    refused.run();
                }));
    }

    /** A verified backup into {@code folder}. */
    public void backupNow(Path folder) {
        run(texts.get("data.backup.running"), BackgroundTask.of("backup", p -> admin.backup(session.get(), backups, folder, "medaid")),
                r -> info(describe(r)));
    }

    String describe(BackupResult r) {
        return texts.format("data.backup.done", r.file(), r.manifest().tables().size(), r.manifest().totalRows(), size(r.bytes()));
    }

    /** Checks {@code zip}; {@code confirm} gets its manifest when it may be restored, {@code refused} the reason when not. */
    public void checkRestore(Path zip, Consumer<BackupManifest> confirm, Consumer<String> refused) {
        info(texts.get("data.restore.checking"));
        status.submit(executor, BackgroundTask.of("check backup", p -> {
            admin.authorise(session.get(), Action.RESTORE);
            return restores.check(zip, db);
        })
                .onSuccess(m -> {
                    status.clear();
                    confirm.accept(m);
                })
                .onFailure(e -> {
                    failed(e);
                    refused.accept(status.message());
                }));
    }

    /** Backs up the current data, then stages {@code zip} for the next start; {@code ready} gets the safety backup. */
    public void stageRestore(Path zip, Consumer<BackupResult> ready) {
        run(texts.get("data.restore.staging"), BackgroundTask.of("stage restore",
                p -> admin.stageRestore(session.get(), restores, zip, backupFolder.get())), r -> {
                    info(describe(r));
                    ready.accept(r);
                });
    }

    /** Takes the font file for printing when it loads and shows Chinese. */
    public boolean chooseFont(Path file) {
        String setting = file.toAbsolutePath().toString();
        PrintFontCheck.Result r = PrintFontCheck.check(setting, texts.get("data.font.sample"));
        if (r != PrintFontCheck.Result.OK) {
            error(texts.format(r == PrintFontCheck.Result.NO_CHINESE ? "data.font.noChinese" : "data.font.bad", file));
            return false;
        }
        setting(() -> settings.setPrintFont(setting), () -> {
            font.set(setting);
            info(texts.format("data.font.saved", file.getFileName()));
        }, () -> { });
        return true;
    }

    public void resetFont() {
        setting(() -> settings.setPrintFont(null), () -> {
            font.set("");
            info(texts.format("data.font.saved", texts.get("data.font.bundled")));
        }, () -> { });
    }

    private <T> void run(String running, BackgroundTask<T> task, Consumer<T> done) {
        info(running);
        status.submit(executor, task.onSuccess(done).onFailure(this::failed));
    }

    private void failed(Throwable e) {
        if (e instanceof DutyException d) {
            error(d.message(texts.locale()));
        } else if (e instanceof BackupException b) {
            error(message(b, texts));
        } else {
            error(texts.format("backup.problem.BACKUP_FAILED", String.valueOf(e.getMessage())));
        }
    }

    /** The clerk's sentence for a refused backup or restore. */
    public static String message(BackupException e, Texts texts) {
        return texts.format("backup.problem." + e.problem(), e.detail());
    }

    private void info(String text) {
        status.say(text);
    }

    private void error(String text) {
        status.refuse(text);
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    public ObjectProperty<Path> nextFolderProperty() {
        return nextFolder;
    }

    public BooleanProperty backupOnExitProperty() {
        return backupOnExit;
    }

    public ObjectProperty<Path> backupFolderProperty() {
        return backupFolder;
    }

    /** The chosen print font file; empty for the bundled font. */
    public StringProperty fontProperty() {
        return font;
    }

    /** The card's sentence and busy mark. */
    public ScreenStatus status() {
        return status;
    }
}
