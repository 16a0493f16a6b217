package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The audit trail read from the {@code audit} table. */
public final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "id, at, user_name, action, table_name, record_id, old_value, new_value";

    private final Database db;

    public JdbcAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public List<AuditEntry> forRecord(String table, long recordId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM audit WHERE table_name = ? AND record_id = ? ORDER BY id")) {
                ps.setString(1, table);
                ps.setLong(2, recordId);
                return list(ps);
            }
        });
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return list(ps);
            }
        });
    }

    private static List<AuditEntry> list(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("user_name"), rs.getString("action"), rs.getString("table_name"),
                        rs.getLong("record_id"), rs.getString("old_value"), rs.getString("new_value")));
            }
        }
        return out;
    }
}
