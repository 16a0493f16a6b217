package org.medaid.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.medaid.security.StoreKey;

/**
 * What an attacker holding the store key could do with H2's own tools (tests only): drop the audit trail's
 * guard and change a row, which only the hash chain can then reveal (ADR 0035).
 */
public final class StoreTampering {

    private StoreTampering() {
    }

    /** Changes the user name of audit row {@code id} as the store's owner, past the trigger that refuses it. */
    public static void changeAuditRow(Path folder, StoreKey key, long id, String userName) throws SQLException {
        try (Connection c = StoreCredentials.encrypted(key).ownerConnection(folder.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_no_change");
            s.executeUpdate("UPDATE audit SET user_name = '" + userName.replace("'", "''") + "' WHERE id = " + id);
            s.execute("SHUTDOWN");
        }
    }
}
