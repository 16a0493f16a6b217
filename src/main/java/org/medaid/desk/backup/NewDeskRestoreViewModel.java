package org.medaid.desk.backup;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.access.StoreAccess;
import org.medaid.backup.BackupException;
import org.medaid.backup.RestoreService.NewDeskBackup;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;

/**
 * 从备份恢复 on a new PC (ADR 0045, 0054): the first start on an empty data folder restores a backup instead of
 * starting a new desk. The clerk names the zip and opens it with the recovery code or an administrator's name
 * and password; 检查备份 verifies it and shows what it holds (when it was made, program and schema version,
 * people, administrators) without writing anything; only then 恢复到本机 writes it into the data folder. Any
 * change to the file or the secret forgets the check. Every refusal is one sentence; nothing is half-written.
 */
public final class NewDeskRestoreViewModel {

    /** What the screen needs of the data folder's access (a StoreAccess at start-up). */
    public interface Restoring {
        NewDeskBackup inspect(Path zip, String login, char[] secret);

        NewDeskBackup restore(Path zip, String login, char[] secret);
    }

    private final Restoring restoring;
    private final TaskExecutor executor;
    private final Texts text;
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty withCode = new SimpleBooleanProperty(true);
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<NewDeskBackup> checked = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanProperty restored = new SimpleBooleanProperty();
    private final BooleanBinding canCheck;
    private final BooleanBinding canRestore;

    public NewDeskRestoreViewModel(Restoring restoring, TaskExecutor executor, Texts text) {
        this.restoring = restoring;
        this.executor = executor;
        this.text = text;
        canCheck = Bindings.createBooleanBinding(() -> !status.isBusy() && !restored.get() && !file.get().isBlank()
                && (withCode.get() ? !code.get().isBlank() : !login.get().isBlank() && !password.get().isEmpty()),
                status.busyProperty(), restored, file, withCode, code, login, password);
        canRestore = Bindings.createBooleanBinding(() -> !status.isBusy() && !restored.get() && checked.get() != null,
                status.busyProperty(), restored, checked);
        for (StringProperty p : new StringProperty[] {file, code, login, password}) {
            p.addListener((o, a, b) -> forget());
        }
        withCode.addListener((o, a, b) -> forget());
    }

    /** The data folder's access at start-up; {@code version} is the program's, written into nothing but logs. */
    public static Restoring over(StoreAccess access, String version) {
        return new Restoring() {
            @Override
            public NewDeskBackup inspect(Path zip, String login, char[] secret) {
                return access.inspectBackup(zip, login, secret, version);
            }

            @Override
            public NewDeskBackup restore(Path zip, String login, char[] secret) {
                return access.restoreFromBackup(zip, login, secret, version);
            }
        };
    }

    private void forget() {
        if (!status.isBusy()) {
            checked.set(null);
            summary.set("");
        }
    }

    /** Verifies the backup with the secret and shows what it holds; nothing is written. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        run("check backup", false);
    }

    /** Writes the checked backup into the data folder; {@link #restoredProperty()} turns true when done. */
    public void restore() {
        if (!canRestore.get()) {
            return;
        }
        run("restore on new desk", true);
    }

    private void run(String name, boolean write) {
        Path zip = Path.of(file.get().strip());
        String who = withCode.get() ? null : login.get().strip();
        char[] secret = (withCode.get() ? code.get() : password.get()).toCharArray();
        status.clear();
        status.submit(executor, BackgroundTask.of(name, p -> {
            try {
                return write ? restoring.restore(zip, who, secret) : restoring.inspect(zip, who, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(backup -> {
            checked.set(backup);
            summary.set(describe(backup));
            if (write) {
                code.set("");
                password.set("");
                restored.set(true);
                status.say(text.get("newDesk.restored"));
            }
        }).onFailure(e -> {
            checked.set(null);
            summary.set("");
            status.refuse(refusal(e));
        }));
    }

    private String describe(NewDeskBackup b) {
        var m = b.manifest();
        return String.join("\n",
                text.format("newDesk.summary.made", m.createdAt().replace('T', ' ')),
                text.format("newDesk.summary.version", m.appVersion(), m.schemaVersion()),
                text.format("newDesk.summary.people", b.people()),
                text.format("newDesk.summary.rows", m.totalRows()),
                text.format("newDesk.summary.administrators", b.administrators().isEmpty()
                        ? text.get("newDesk.summary.none") : String.join("、", b.administrators())));
    }

    private String refusal(Throwable e) {
        if (e instanceof BackupException b) {
            return text.format("backup.problem." + b.problem(), b.detail());
        }
        if (e instanceof IllegalStateException) {
            return text.get("newDesk.notEmpty");
        }
        return text.format("newDesk.failed", String.valueOf(e.getMessage()));
    }

    public StringProperty fileProperty() {
        return file;
    }

    /** True: the recovery code opens the backup; false: an administrator's name and password. */
    public BooleanProperty withCodeProperty() {
        return withCode;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The backup once checked (null before, and again after any change of file or secret). */
    public ObjectProperty<NewDeskBackup> checkedProperty() {
        return checked;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Restored, or why not; and the busy mark. */
    public ScreenStatus status() {
        return status;
    }

    public BooleanProperty restoredProperty() {
        return restored;
    }

    public BooleanBinding canCheckBinding() {
        return canCheck;
    }

    public BooleanBinding canRestoreBinding() {
        return canRestore;
    }

    public Texts text() {
        return text;
    }
}
