package org.medaid.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.Sql;
import org.medaid.store.Tx;

/** The rows of {@code objection_recovery} (V80). */
final class RecoveryRows {

    static final String TABLE = "objection_recovery";

    private RecoveryRows() {
    }

    static long insert(Tx c, Recovery r, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO objection_recovery (objection_id, application_id, "
                + "review_reason, paid_amount, amount_due, amount_reason, recorded_on, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setLong(1, r.objectionId());
            ps.setLong(2, r.applicationId());
            ps.setString(3, r.reviewReason());
            ps.setBigDecimal(4, r.paidAmount());
            ps.setBigDecimal(5, r.amountDue());
            ps.setString(6, r.amountReason());
            ps.setObject(7, r.recordedOn());
            ps.setString(8, r.recordedBy());
            ps.setObject(9, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Optional<Recovery> byObjection(Tx c, long objectionId) throws SQLException {
        List<Recovery> l = query(c, "objection_id = ?", objectionId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static List<Recovery> of(Tx c, long applicationId) throws SQLException {
        return query(c, "application_id = ?", applicationId);
    }

    /** The recovery, its row locked until the transaction ends (returns are checked against its amount). */
    static Optional<Recovery> locked(Tx c, long id) throws SQLException {
        List<Recovery> l = query(c, "id = ?", id, " FOR UPDATE");
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Every recovery with its applicant's name and village and the application's day, the newest first. */
    static List<Named> all(Tx c) throws SQLException {
        return named(c, "", null);
    }

    static Named named(Tx c, long recoveryId) throws SQLException {
        return named(c, "WHERE r.id = ? ", recoveryId).get(0);
    }

    /** The ids of the recoveries recorded in the days given or with a return (voided or not) dated in them. */
    static List<Long> idsBetween(Tx c, java.time.LocalDate first, java.time.LocalDate last) throws SQLException {
        return ids(c, "SELECT r.id FROM objection_recovery r WHERE r.recorded_on BETWEEN ? AND ? OR EXISTS (SELECT 1 FROM "
                + "recovery_return t WHERE t.recovery_id = r.id AND t.returned_on BETWEEN ? AND ?) ORDER BY r.id", first, last, first, last);
    }

    /** The ids of the applications paid (stage 拨付) with a payout date in the days given, by payout date and id. */
    static List<Long> paidBetween(Tx c, java.time.LocalDate first, java.time.LocalDate last) throws SQLException {
        return ids(c, "SELECT id FROM application WHERE stage = 'PAID' AND approved_amount IS NOT NULL "
                + "AND payout_date BETWEEN ? AND ? ORDER BY payout_date, id", first, last);
    }

    private static List<Long> ids(Tx c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    static Optional<Recovery> byId(Tx c, long id) throws SQLException {
        List<Recovery> l = query(c, "id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<Named> named(Tx c, String where, Long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, p.name, p.village, a.applied_on FROM objection_recovery r "
                + "JOIN application a ON a.id = r.application_id JOIN person p ON p.id = a.person_id " + where + "ORDER BY r.id DESC")) {
            if (key != null) {
                ps.setLong(1, key);
            }
            List<Named> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Named(rs.getLong("id"), rs.getString("name"), rs.getString("village"), Sql.date(rs, "applied_on")));
                }
            }
            return out;
        }
    }

    record Named(long recoveryId, String name, String village, java.time.LocalDate appliedOn) {
    }

    private static List<Recovery> query(Tx c, String where, long key) throws SQLException {
        return query(c, where, key, " ORDER BY id");
    }

    private static List<Recovery> query(Tx c, String where, long key, String tail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM objection_recovery WHERE " + where + tail)) {
            ps.setLong(1, key);
            List<Recovery> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Recovery(rs.getLong("id"), rs.getLong("objection_id"), rs.getLong("application_id"),
                            rs.getString("review_reason"), rs.getBigDecimal("paid_amount"), rs.getBigDecimal("amount_due"),
                            rs.getString("amount_reason"), Sql.date(rs, "recorded_on"), rs.getString("recorded_by")));
                }
            }
            return out;
        }
    }
}
