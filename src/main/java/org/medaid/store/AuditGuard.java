package org.medaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.h2.api.Trigger;

/**
 * The audit table's trigger (V42, ADR 0035), fired by H2 for every row on any connection: an insert is
 * chained onto the head (which it locks for the rest of the transaction), an update or a delete is refused.
 * The columns are those of {@code audit} in table order: id, at, user_name, action, table_name, record_id,
 * old_value, new_value, prev_hash, row_hash.
 */
public final class AuditGuard implements Trigger {

    /** SQLSTATE of the refusal: "prohibited SQL-statement attempted" (ISO 9075 class 2F003 family). */
    static final String REFUSED_STATE = "2F003";
    private static final int PREV = 8;
    private static final int HASH = 9;

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw new SQLException("the audit table is append-only: UPDATE and DELETE are refused (ADR 0035)", REFUSED_STATE);
        }
        String prev;
        long rows;
        try (PreparedStatement ps = c.prepareStatement("SELECT tip_hash, rows FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit head row is missing", REFUSED_STATE);
            }
            prev = rs.getString(1);
            rows = rs.getLong(2);
        }
        String hash = AuditChain.hash(prev, ((Number) newRow[0]).longValue(), (OffsetDateTime) newRow[1], (String) newRow[2],
                (String) newRow[3], (String) newRow[4], ((Number) newRow[5]).longValue(), AuditChain.text(newRow[6]),
                AuditChain.text(newRow[7]));
        newRow[PREV] = prev;
        newRow[HASH] = hash;
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET tip_hash = ?, rows = ? WHERE id = 1")) {
            ps.setString(1, hash);
            ps.setLong(2, rows + 1);
            ps.executeUpdate();
        }
    }
}
