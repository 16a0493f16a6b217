package org.medaid.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medaid.store.StoreException;

/** SQL of {@code application_intake} (V38). */
final class IntakeRows {

    static final String TABLE = "application_intake";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IntakeRows() {
    }

    static Optional<IntakeRecord> byId(Tx c, long applicationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE + " WHERE application_id = ?")) {
            ps.setLong(1, applicationId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IntakeRecord(rs.getLong("application_id"), rs.getLong("version"),
                        rs.getString("policy_id"), rs.getString("type_id"), list(rs.getString("received")),
                        list(rs.getString("missing")), rs.getBoolean("urgent"), rs.getString("urgent_reason"),
                        rs.getObject("told_on", LocalDate.class), rs.getString("told_how"), rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
            }
        }
    }

    /** Inserts the row ({@code expected} 0) or updates it if it still has {@code expected}; false when it moved on. */
    static boolean save(Tx c, IntakeRecord r, long expected, String user, Instant at) throws SQLException {
        if (expected == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (application_id, version, policy_id, "
                    + "type_id, received, missing, urgent, urgent_reason, told_on, told_how, updated_by, updated_at) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, r.applicationId());
                fill(ps, 2, r, user, at);
                return ps.executeUpdate() == 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET policy_id = ?, type_id = ?, received = ?, "
                + "missing = ?, urgent = ?, urgent_reason = ?, told_on = ?, told_how = ?, updated_by = ?, updated_at = ?, "
                + "version = version + 1 WHERE application_id = ? AND version = ?")) {
            fill(ps, 1, r, user, at);
            ps.setLong(11, r.applicationId());
            ps.setLong(12, expected);
            return ps.executeUpdate() == 1;
        }
    }

    private static void fill(PreparedStatement ps, int i, IntakeRecord r, String user, Instant at) throws SQLException {
        ps.setString(i, r.policyId());
        ps.setString(i + 1, r.typeId());
        ps.setString(i + 2, json(r.received()));
        ps.setString(i + 3, json(r.missing()));
        ps.setBoolean(i + 4, r.urgent());
        ps.setString(i + 5, r.urgentReason());
        ps.setObject(i + 6, r.toldOn());
        ps.setString(i + 7, r.toldHow());
        ps.setString(i + 8, user);
        ps.setObject(i + 9, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static Set<Long> urgentIds(Tx c) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT application_id FROM " + TABLE + " WHERE urgent = TRUE");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static String json(List<String> l) {
        try {
            return JSON.writeValueAsString(l);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write the document list: " + e.getMessage(), e);
        }
    }

    private static List<String> list(String s) {
        try {
            return JSON.readValue(s, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read the document list: " + e.getMessage(), e);
        }
    }
}
