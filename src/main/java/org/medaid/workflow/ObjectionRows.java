package org.medaid.workflow;

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

/** The rows of {@code publicity_objection} (V59). */
final class ObjectionRows {

    static final String TABLE = "publicity_objection";

    private ObjectionRows() {
    }

    static long insert(Tx c, long applicationId, String raisedBy, LocalDate raisedOn, String content, String user, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO publicity_objection (application_id, raised_by, raised_on, "
                + "content, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setLong(1, applicationId);
            ps.setString(2, raisedBy);
            ps.setObject(3, raisedOn);
            ps.setString(4, content);
            ps.setString(5, user);
            ps.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Resolves an open objection; false when it was resolved already (by someone else meanwhile). */
    static boolean resolve(Tx c, long id, String check, Objection.Outcome outcome, LocalDate on, String user, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE publicity_objection SET check_made = ?, outcome = ?, "
                + "resolved_on = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND outcome IS NULL")) {
            ps.setString(1, check);
            ps.setString(2, outcome.name());
            ps.setObject(3, on);
            ps.setString(4, user);
            ps.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setLong(6, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<Objection> byId(Tx c, long id) throws SQLException {
        List<Objection> l = query(c, "id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static List<Objection> of(Tx c, long applicationId) throws SQLException {
        return query(c, "application_id = ?", applicationId);
    }

    static boolean anyOpen(Tx c, long applicationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM publicity_objection WHERE application_id = ? "
                + "AND outcome IS NULL")) {
            ps.setLong(1, applicationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    record Named(long applicationId, String name, String village) {
    }

    /** The approved or paid applications that have objections, the one with the latest objection first. */
    static List<Named> paidWithObjections(Tx c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, p.name, p.village, MAX(o.id) AS latest "
                + "FROM publicity_objection o JOIN application a ON a.id = o.application_id JOIN person p ON p.id = a.person_id "
                + "WHERE a.stage IN ('APPROVED', 'PAID') GROUP BY a.id, p.name, p.village ORDER BY latest DESC")) {
            List<Named> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Named(rs.getLong("id"), rs.getString("name"), rs.getString("village")));
                }
            }
            return out;
        }
    }

    private static List<Objection> query(Tx c, String where, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM publicity_objection WHERE " + where + " ORDER BY raised_on, id")) {
            ps.setLong(1, key);
            List<Objection> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String o = rs.getString("outcome");
                    out.add(new Objection(rs.getLong("id"), rs.getLong("application_id"), rs.getString("raised_by"),
                            Sql.date(rs, "raised_on"), rs.getString("content"), rs.getString("recorded_by"),
                            rs.getString("check_made"), o == null ? null : Objection.Outcome.valueOf(o),
                            Sql.date(rs, "resolved_on"), rs.getString("resolved_by")));
                }
            }
            return out;
        }
    }
}
