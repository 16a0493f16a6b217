package org.medaid.users;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.medaid.security.LoginLog;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;

/**
 * Every login attempt in the audit trail (ADR 0033). Attempts happen before the store opens, so they are
 * queued in the data folder's login log and written here, in one transaction, at the next successful
 * login; the queue is then emptied. Failed attempts are {@value #FAILED}, successful ones {@value #LOGIN}.
 */
public final class LoginAudit {

    public static final String LOGIN = "LOGIN";
    public static final String FAILED = "LOGIN_FAILED";

    private LoginAudit() {
    }

    /** Writes the queued attempts of {@code folder} into {@code db}'s audit trail and empties the queue. */
    public static int flush(Database db, Path folder) {
        List<LoginLog.Attempt> pending = LoginLog.read(folder).pending();
        if (pending.isEmpty()) {
            return 0;
        }
        db.inTransaction(c -> {
            for (LoginLog.Attempt a : pending) {
                AuditWriter w = new AuditWriter(Clock.fixed(Instant.ofEpochMilli(a.atMillis()), Clock.systemDefaultZone().getZone()));
                String who = a.login().isBlank() ? "(unknown)" : a.login();
                w.write(c, who, a.success() ? LOGIN : FAILED, UserRows.TABLE, 0, null, Map.of("login", who));
            }
            return null;
        });
        LoginLog.clearPending(folder, pending.size());
        return pending.size();
    }
}
