package org.medaid.importer;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.medaid.identity.Department;
import org.medaid.model.Category;

/** SQL of {@code held_category_edit} (V37). */
final class HeldEditRows {

    static final String TABLE = "held_category_edit";

    private HeldEditRows() {
    }

    static long insert(Tx c, HeldEdit e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (version, person_id, kind, category_id, "
                + "code, from_date, to_date, department, document_no, held_by, held_at, state) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HELD')", new String[] {"ID"})) {
            ps.setLong(1, e.personId());
            ps.setString(2, e.kind().name());
            ps.setObject(3, e.categoryId());
            ps.setString(4, e.code().name());
            ps.setObject(5, e.from());
            ps.setObject(6, e.to());
            ps.setString(7, e.department() == null ? null : e.department().name());
            ps.setString(8, e.documentNo());
            ps.setString(9, e.heldBy());
            ps.setObject(10, OffsetDateTime.ofInstant(e.heldAt(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static boolean resolve(Tx c, long id, long version, HeldEdit.State state, String by, Instant at, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET state = ?, resolved_by = ?, resolved_at = ?, "
                + "note = ?, version = version + 1 WHERE id = ? AND version = ? AND state = 'HELD'")) {
            ps.setString(1, state.name());
            ps.setString(2, by);
            ps.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(4, note);
            ps.setLong(5, id);
            ps.setLong(6, version);
            return ps.executeUpdate() == 1;
        }
    }

    static HeldEdit byId(Tx c, long id) throws SQLException {
        List<HeldEdit> found = select(c, "id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Held edits, oldest first; of one person when {@code personId} is given. */
    static List<HeldEdit> held(Tx c, Long personId) throws SQLException {
        return personId == null ? select(c, "state = 'HELD'") : select(c, "state = 'HELD' AND person_id = ?", personId);
    }

    private static List<HeldEdit> select(Tx c, String where, Object... args) throws SQLException {
        List<HeldEdit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE + " WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String dept = rs.getString("department");
                    Long categoryId = rs.getObject("category_id", Long.class);
                    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
                    out.add(new HeldEdit(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
                            HeldEdit.Kind.valueOf(rs.getString("kind")), categoryId,
                            Category.valueOf(rs.getString("code")), rs.getObject("from_date", LocalDate.class),
                            rs.getObject("to_date", LocalDate.class), dept == null ? null : Department.valueOf(dept),
                            rs.getString("document_no"), rs.getString("held_by"),
                            rs.getObject("held_at", OffsetDateTime.class).toInstant(), HeldEdit.State.valueOf(rs.getString("state")),
                            rs.getString("resolved_by"), resolved == null ? null : resolved.toInstant(), rs.getString("note")));
                }
            }
        }
        return out;
    }
}
