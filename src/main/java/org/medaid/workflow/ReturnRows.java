package org.medaid.workflow;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.Sql;
import org.medaid.store.Tx;

/** The rows of {@code recovery_return}, {@code recovery_return_void} and {@code recovery_closure} (V84); insert-only. */
final class ReturnRows {

    static final String RETURNS = "recovery_return";
    static final String CLOSURES = "recovery_closure";

    private ReturnRows() {
    }

    static long insertReturn(Tx c, long recoveryId, LocalDate on, BigDecimal amount, String voucher, String user, Instant at)
            throws SQLException {
        return insert(c, "INSERT INTO recovery_return (recovery_id, returned_on, amount, voucher, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", recoveryId, on, amount, voucher, user, at);
    }

    static long insertVoid(Tx c, long returnId, String reason, String user, Instant at) throws SQLException {
        return insert(c, "INSERT INTO recovery_return_void (return_id, reason, voided_by, voided_at) VALUES (?, ?, ?, ?)",
                returnId, reason, user, at);
    }

    static long insertClosure(Tx c, long recoveryId, String reason, LocalDate on, String user, Instant at) throws SQLException {
        return insert(c, "INSERT INTO recovery_closure (recovery_id, reason, closed_on, closed_by, closed_at) "
                + "VALUES (?, ?, ?, ?, ?)", recoveryId, reason, on, user, at);
    }

    private static long insert(Tx c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                ps.setObject(i + 1, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The returns of the recovery, oldest first, each with its void when it has one. */
    static List<RecoveryReturn> of(Tx c, long recoveryId) throws SQLException {
        return query(c, "r.recovery_id = ?", recoveryId);
    }

    static Optional<RecoveryReturn> byId(Tx c, long id) throws SQLException {
        List<RecoveryReturn> l = query(c, "r.id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<RecoveryReturn> query(Tx c, String where, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.*, v.reason AS void_reason, v.voided_by FROM recovery_return r "
                + "LEFT JOIN recovery_return_void v ON v.return_id = r.id WHERE " + where + " ORDER BY r.returned_on, r.id")) {
            ps.setLong(1, key);
            List<RecoveryReturn> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecoveryReturn(rs.getLong("id"), rs.getLong("recovery_id"), Sql.date(rs, "returned_on"),
                            rs.getBigDecimal("amount"), rs.getString("voucher"), rs.getString("recorded_by"),
                            rs.getString("void_reason"), rs.getString("voided_by")));
                }
            }
            return out;
        }
    }

    static Optional<RecoveryClosure> closure(Tx c, long recoveryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM recovery_closure WHERE recovery_id = ?")) {
            ps.setLong(1, recoveryId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RecoveryClosure(rs.getLong("id"), recoveryId, rs.getString("reason"),
                        Sql.date(rs, "closed_on"), rs.getString("closed_by"))) : Optional.empty();
            }
        }
    }
}
