package org.medaid.printlog;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.Database;

/**
 * The print log: the printing code calls {@link #record} once the PDF is made, and asks
 * {@link #isReprint} before it renders, so a second print of the same version of a slip says 补打. A
 * corrected bill's slip is a new original (its version differs): the old slip is void, not re-issued.
 */
public final class PrintLog {

    private static final String COLUMNS = "id, kind, record_id, record_version, printed_by, printed_at, reprint, note";
    static final int NOTE_MAX = 200;

    private final Database db;
    private final Clock clock;

    public PrintLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public PrintLog(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Logs a print; it is a reprint when the same version of the record was printed before. */
    public PrintEntry record(PrintKind kind, long recordId, long recordVersion, String user, String note) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every print needs the user who made it");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_MAX) {
            throw new IllegalArgumentException("a print note has at most " + NOTE_MAX + " characters");
        }
        return db.inTransaction(c -> {
            boolean reprint = first(c, kind, recordId, recordVersion).isPresent();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO print_log (kind, record_id, record_version, "
                    + "printed_by, printed_at, reprint, note) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ps.setString(1, kind.name());
                ps.setLong(2, recordId);
                ps.setLong(3, recordVersion);
                ps.setString(4, user);
                ps.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setBoolean(6, reprint);
                ps.setString(7, n);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new PrintEntry(keys.getLong(1), kind, recordId, recordVersion, user, now, reprint, n);
                }
            }
        });
    }

    /** A print of a list, which has no version (logged as version 0). */
    public PrintEntry record(PrintKind kind, long recordId, String user) {
        return record(kind, recordId, 0, user, null);
    }

    /** Whether any version of the record has been printed: the next print of it is at least a second one. */
    public boolean isReprint(PrintKind kind, long recordId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM print_log WHERE kind = ? AND record_id = ? LIMIT 1")) {
                ps.setString(1, kind.name());
                ps.setLong(2, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Whether this version of the record has been printed before: its next print says 补打. */
    public boolean isReprint(PrintKind kind, long recordId, long recordVersion) {
        return firstPrint(kind, recordId, recordVersion).isPresent();
    }

    /** The original print of this version, if any. */
    public Optional<PrintEntry> firstPrint(PrintKind kind, long recordId, long recordVersion) {
        return db.read(c -> first(c, kind, recordId, recordVersion));
    }

    /** Every print of the record, every version, oldest first. */
    public List<PrintEntry> forRecord(PrintKind kind, long recordId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM print_log WHERE kind = ? AND record_id = ? ORDER BY id")) {
                ps.setString(1, kind.name());
                ps.setLong(2, recordId);
                return list(ps);
            }
        });
    }

    /** The latest prints, newest first. */
    public List<PrintEntry> latest(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM print_log ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return list(ps);
            }
        });
    }

    private static Optional<PrintEntry> first(Tx c, PrintKind kind, long recordId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM print_log WHERE kind = ? "
                + "AND record_id = ? AND record_version = ? ORDER BY id LIMIT 1")) {
            ps.setString(1, kind.name());
            ps.setLong(2, recordId);
            ps.setLong(3, version);
            List<PrintEntry> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<PrintEntry> list(PreparedStatement ps) throws SQLException {
        List<PrintEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PrintEntry(rs.getLong("id"), PrintKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                        rs.getLong("record_version"), rs.getString("printed_by"),
                        rs.getObject("printed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("reprint"),
                        rs.getString("note")));
            }
        }
        return out;
    }
}
