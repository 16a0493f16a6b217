package org.medaid.chronic;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.Tx;

/** SQL of {@code chronic_entitlement} (V76). */
final class EntitlementRows {

    static final String TABLE = "chronic_entitlement";
    private static final String COLUMNS = "person_id, disease, help, applied_on, state, certificate_no, valid_from, valid_to, "
            + "certified_by, decided_on, note, changed_by, changed_at";

    private EntitlementRows() {
    }

    static long insert(Tx c, Entitlement e, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (version, " + COLUMNS
                + ") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            fill(ps, e, user, at);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** Writes the entry over the row if it still has {@code expected}; false when someone changed it first. */
    static boolean update(Tx c, Entitlement e, long expected, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET person_id = ?, disease = ?, help = ?, "
                + "applied_on = ?, state = ?, certificate_no = ?, valid_from = ?, valid_to = ?, certified_by = ?, decided_on = ?, "
                + "note = ?, changed_by = ?, changed_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            fill(ps, e, user, at);
            ps.setLong(14, e.id());
            ps.setLong(15, expected);
            return ps.executeUpdate() == 1;
        }
    }

    private static void fill(PreparedStatement ps, Entitlement e, String user, Instant at) throws SQLException {
        ps.setLong(1, e.personId());
        ps.setString(2, e.disease());
        ps.setString(3, e.help().name());
        ps.setObject(4, e.appliedOn());
        ps.setString(5, e.state().name());
        ps.setString(6, e.certificateNo());
        ps.setObject(7, e.validFrom());
        ps.setObject(8, e.validTo());
        ps.setString(9, e.certifiedBy());
        ps.setObject(10, e.decidedOn());
        ps.setString(11, e.note());
        ps.setString(12, user);
        ps.setObject(13, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static Optional<Entitlement> byId(Tx c, long id) throws SQLException {
        List<Entitlement> l = select(c, "WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static List<Entitlement> forPerson(Tx c, long personId) throws SQLException {
        return select(c, "WHERE person_id = ? ORDER BY id", personId);
    }

    /** The applications the desk helped with (帮办/代办), newest first. */
    static List<Entitlement> helped(Tx c) throws SQLException {
        return select(c, "WHERE help <> 'NONE' AND state <> 'VOIDED' ORDER BY applied_on DESC, id DESC");
    }

    private static List<Entitlement> select(Tx c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version, " + COLUMNS + " FROM " + TABLE + " " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Entitlement> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entitlement(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
                            rs.getString("disease"), Entitlement.Help.valueOf(rs.getString("help")),
                            rs.getObject("applied_on", LocalDate.class), Entitlement.State.valueOf(rs.getString("state")),
                            rs.getString("certificate_no"), rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class), rs.getString("certified_by"),
                            rs.getObject("decided_on", LocalDate.class), rs.getString("note"), rs.getString("changed_by"),
                            rs.getObject("changed_at", OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        }
    }
}
