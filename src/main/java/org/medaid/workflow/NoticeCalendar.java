package org.medaid.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medaid.model.NoCalendarException;
import org.medaid.model.WorkingDays;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;

/**
 * Keeps each stored 公示 end true to the working-day calendar (ADR 0037): a notice that has not yet ended and
 * whose end was computed with another calendar version gets its end computed again from its start, in one
 * transaction with an audit row per application. A notice that has ended keeps the end it was held to.
 */
public final class NoticeCalendar {

    /** The audit's author for a recomputation nobody typed. */
    public static final String AUTHOR = "calendar";

    private final Database db;
    private final WorkingDays days;
    private final Clock clock;

    public NoticeCalendar(Database db, WorkingDays days, Clock clock) {
        this.db = db;
        this.days = days;
        this.clock = clock;
    }

    /** The applications whose notice end changed; a notice in a year without calendar data keeps its end. */
    public List<Long> refresh() {
        LocalDate today = LocalDate.now(clock);
        // read first: at a login whose store is still being checked (ADR 0090) a transaction would wait for the check,
        // and there is seldom anything to bring up to date
        if (db.read(c -> stale(c, today)).isEmpty()) {
            return List.of();
        }
        return db.inTransaction(c -> {
            List<Long> changed = new ArrayList<>();
            List<Object[]> rows = stale(c, today);
            AuditWriter audit = new AuditWriter(clock);
            for (Object[] r : rows) {
                long id = (Long) r[0];
                LocalDate start = (LocalDate) r[1];
                LocalDate was = (LocalDate) r[2];
                LocalDate end;
                try {
                    end = days.periodEnd(start, (Integer) r[3]);
                } catch (NoCalendarException e) {
                    continue; // said where the deadline is shown; the stored end stands until the year's data exists
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE application SET publicity_end = ?, "
                        + "publicity_calendar = ?, version = version + 1 WHERE id = ?")) {
                    ps.setObject(1, end);
                    ps.setString(2, days.version());
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                audit.write(c, AUTHOR, AuditWriter.UPDATE, "application", id, Map.of("publicity_end", was.toString()),
                        Map.of("publicity_end", end.toString(), "publicity_calendar", days.version()));
                if (!end.equals(was)) {
                    changed.add(id);
                }
            }
            return changed;
        });
    }

    /** The notices still running whose end was computed with another calendar: id, start, end, working days. */
    private List<Object[]> stale(org.medaid.store.Tx c, LocalDate today) throws java.sql.SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, publicity_start, publicity_end, publicity_days FROM application "
                + "WHERE stage = 'PUBLICISED' AND publicity_end >= ? "
                + "AND (publicity_calendar IS NULL OR publicity_calendar <> ?)")) {
            ps.setObject(1, today);
            ps.setString(2, days.version());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = rs.getInt(4);
                    rows.add(new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.wasNull() ? WorkflowService.NOTICE_WORKING_DAYS : n});
                }
            }
        }
        return rows;
    }
}
