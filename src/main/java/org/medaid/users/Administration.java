package org.medaid.users;

import java.nio.file.Path;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.backup.RestoreService;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.Database;

/**
 * The 系统管理员's actions other than users (ADR 0034): settings, backup and restore, each refused unless
 * the session's stored roles allow it. The backup at exit (no one logged in any more) does not come here:
 * it writes nothing a user chose.
 */
public final class Administration {

    private final Database db;

    public Administration(Database db) {
        this.db = db;
    }

    /** Refuses ({@link org.medaid.session.DutyException}) unless the session may do {@code action} now. */
    public void authorise(Session session, Action action) {
        db.read(c -> Actors.require(c, session, action));
    }

    /** A setting of the desk changed by an administrator: {@code change} runs only when allowed. */
    public void changeSetting(Session session, Runnable change) {
        authorise(session, Action.CHANGE_SETTINGS);
        change.run();
    }

    public BackupResult backup(Session session, BackupService backups, Path folder, String prefix) {
        authorise(session, Action.BACKUP);
        return backups.backup(db, folder, prefix);
    }

    public BackupResult stageRestore(Session session, RestoreService restores, Path zip, Path safetyFolder) {
        authorise(session, Action.RESTORE);
        return restores.stage(db, zip, safetyFolder);
    }
}
