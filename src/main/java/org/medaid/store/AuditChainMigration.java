package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V41 (ADR 0035): seals the audit rows written before the chain existed, in id order, with the same hash
 * the trigger of V42 computes for new rows, and records the newest hash in {@code audit_head}. Registered
 * by {@link Database} (not found by a classpath scan), between the SQL migrations V40 and V42.
 */
final class AuditChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("41");
    }

    @Override
    public String getDescription() {
        return "seal audit chain";
    }

    @Override
    public Integer getChecksum() {
        return 41;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        seal(new Tx(context.getConnection()));
    }

    static void seal(Tx c) throws SQLException {
        String prev = AuditChain.GENESIS;
        long rows = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT id, at, user_name, action, table_name, record_id, "
                + "old_value, new_value FROM audit ORDER BY id");
                PreparedStatement write = c.prepareStatement("UPDATE audit SET prev_hash = ?, row_hash = ? WHERE id = ?");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                String hash = AuditChain.hash(prev, rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8));
                write.setString(1, prev);
                write.setString(2, hash);
                write.setLong(3, rs.getLong(1));
                write.executeUpdate();
                prev = hash;
                rows++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET tip_hash = ?, rows = ? WHERE id = 1")) {
            ps.setString(1, prev);
            ps.setLong(2, rows);
            ps.executeUpdate();
        }
    }
}
