package org.medaid.insurance;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the {@code insurance_year} table (V35). */
final class InsuranceRows {

    static final String TABLE = "insurance_year";
    private static final String COLUMNS = "id, version, person_id, insurance_year, status, since, reason, reason_text, "
            + "source, changed_by, changed_at";

    private InsuranceRows() {
    }

    static Optional<CoverageRecord> forYear(Tx c, long personId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE person_id = ? AND insurance_year = ?")) {
            ps.setLong(1, personId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static List<CoverageRecord> forPerson(Tx c, long personId) throws SQLException {
        List<CoverageRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE person_id = ? ORDER BY insurance_year DESC")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    static long insert(Tx c, CoverageDraft d, EntrySource source, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (version, person_id, insurance_year, "
                + "status, since, reason, reason_text, source, changed_by, changed_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            ps.setLong(1, d.personId());
            ps.setInt(2, d.year());
            fill(ps, 3, d, source, user, at);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Updates the row if it still has {@code version}; false when another change came first. */
    static boolean update(Tx c, long id, long version, CoverageDraft d, EntrySource source, String user, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET status = ?, since = ?, reason = ?, "
                + "reason_text = ?, source = ?, changed_by = ?, changed_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?")) {
            fill(ps, 1, d, source, user, at);
            ps.setLong(8, id);
            ps.setLong(9, version);
            return ps.executeUpdate() == 1;
        }
    }

    private static void fill(PreparedStatement ps, int first, CoverageDraft d, EntrySource source, String user, Instant at)
            throws SQLException {
        ps.setString(first, d.status().name());
        ps.setObject(first + 1, d.since());
        ps.setString(first + 2, d.reason() == null ? null : d.reason().name());
        ps.setString(first + 3, d.reasonText());
        ps.setString(first + 4, source.name());
        ps.setString(first + 5, user);
        ps.setObject(first + 6, OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    static CoverageRecord read(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new CoverageRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
                rs.getInt("insurance_year"), InsuranceStatus.valueOf(rs.getString("status")),
                rs.getObject("since", LocalDate.class), reason == null ? null : UninsuredReason.valueOf(reason),
                rs.getString("reason_text"), EntrySource.valueOf(rs.getString("source")), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
