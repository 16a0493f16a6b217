package org.medaid.importer;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.medaid.identity.Department;
import org.medaid.store.Database;

/** The import log (V36): written in the import's own transaction, read newest first. */
public final class ImportLog {

    private final Database db;

    public ImportLog(Database db) {
        this.db = db;
    }

    static void write(Tx c, ListInfo info, String user, Instant at, ImportResult r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (file_name, list_kind, department, "
                + "list_month, list_date, user_name, at, added, changed, unchanged, rejected, exited, ended) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, info == null ? "—" : info.fileName());
            ps.setString(2, info == null ? null : info.kind().name());
            ps.setString(3, info == null ? null : info.department().name());
            ps.setString(4, info == null ? null : info.month().toString());
            ps.setObject(5, info == null ? null : info.listDate());
            ps.setString(6, user);
            ps.setObject(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setLong(8, r.added());
            ps.setLong(9, r.changed());
            ps.setLong(10, r.unchanged());
            ps.setLong(11, r.rejected());
            ps.setLong(12, r.exited());
            ps.setLong(13, r.ended());
            ps.executeUpdate();
        }
    }

    /** The newest {@code limit} imports. */
    public List<ImportLogEntry> recent(int limit) {
        return db.read(c -> {
            List<ImportLogEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM import_log ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String kind = rs.getString("list_kind");
                        ListInfo info = kind == null ? null : new ListInfo(ListKind.valueOf(kind),
                                Department.valueOf(rs.getString("department")), YearMonth.parse(rs.getString("list_month")),
                                rs.getObject("list_date", LocalDate.class), rs.getString("file_name"));
                        out.add(new ImportLogEntry(rs.getLong("id"), info, rs.getString("file_name"), rs.getString("user_name"),
                                rs.getObject("at", OffsetDateTime.class).toInstant(), new ImportResult(rs.getLong("added"),
                                        rs.getLong("changed"), rs.getLong("unchanged"), rs.getLong("rejected"),
                                        rs.getLong("exited"), rs.getLong("ended"))));
                    }
                }
            }
            return out;
        });
    }
}
