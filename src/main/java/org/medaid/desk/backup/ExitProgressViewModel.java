package org.medaid.desk.backup;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.backup.BackupException;
import org.medaid.desk.common.Errors;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Database;

/**
 * What the desk does between the clerk closing its window and the process ending (ADR 0072 amendment): the
 * backup on exit when it is on, then the store closed once and compacted when the session left it mostly dead
 * ({@link Database#closeAndCompact}), one task on the worker, each step named. The store is closed even when
 * the backup fails; the failure is one sentence and the window stays until the clerk closes it.
 */
public final class ExitProgressViewModel {

    private final TaskExecutor executor;
    private final Texts text;
    private final Database db;
    private final Path backupFolder;
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty finished = new SimpleBooleanProperty();

    /** {@code backupFolder} is null when no backup is made on this exit (turned off, or a restore staged). */
    public ExitProgressViewModel(TaskExecutor executor, Texts text, Database db, Path backupFolder) {
        this.executor = executor;
        this.text = text;
        this.db = db;
        this.backupFolder = backupFolder;
        step.set(text.get(backupFolder == null ? "exit.step.close" : "exit.step.backup"));
    }

    /** Queues the exit's work behind whatever the worker is running. */
    public void start() {
        executor.submit(BackgroundTask.<Void>of("exit: backup and close the store", p -> {
            try {
                // a store still being checked after the login (ADR 0090) had nothing of this session written into it,
                // and an unchecked store is never copied into a backup
                if (backupFolder != null && !db.isChecking()) {
                    ExitBackup.run(db, backupFolder);
                    p.message(text.get("exit.step.close"));
                }
            } finally {
                db.closeAndCompact();
            }
            return null;
        }).onProgress((fraction, message) -> step.set(message))
                .onSuccess(done -> finished.set(true))
                .onFailure(error -> {
                    failure.set(text.format("exit.failed", error instanceof BackupException b
                            ? DataViewModel.message(b, text) : Errors.describe(error, text)));
                    finished.set(true);
                }));
    }

    public Texts text() {
        return text;
    }

    public ReadOnlyStringProperty stepProperty() {
        return step;
    }

    /** Empty while all goes well; the sentence of what failed otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }
}
