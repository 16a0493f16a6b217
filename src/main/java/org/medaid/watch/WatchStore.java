package org.medaid.watch;

import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.model.Limits;
import org.medaid.model.TextLimit;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.Sql;

/**
 * The household facts and the acts on watch lists (V31). Every call is one transaction with its audit row;
 * nothing is updated or deleted: newer facts supersede, wrong ones are voided with a reason, acts are appended.
 */
public final class WatchStore {

    private final Database db;
    private final Clock clock;
    private final AuditWriter audit;

    public WatchStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    /**
     * Records a household's facts for a year (经办人). {@code householdPersonId} is the household head, or the
     * person when they have none. Refused with {@link WatchException}: no source, a date in the future or
     * outside the limits, a negative or absurd amount.
     */
    public HouseholdFacts recordFacts(long householdPersonId, int year, BigDecimal income, BigDecimal assets, Boolean rural,
            LocalDate recordedOn, String source, Session session) {
        if (source == null || source.isBlank()) {
            throw new WatchException(WatchException.Problem.SOURCE_REQUIRED);
        }
        if (source.strip().length() > TextLimit.HOUSEHOLD_FACT_SOURCE.length()) {
            throw new WatchException(WatchException.Problem.TOO_LONG, TextLimit.HOUSEHOLD_FACT_SOURCE.length());
        }
        if (recordedOn == null || recordedOn.isAfter(LocalDate.now(clock)) || recordedOn.isBefore(Limits.MIN_DATE)) {
            throw new WatchException(WatchException.Problem.BAD_DATE, String.valueOf(recordedOn));
        }
        if (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR) {
            throw new WatchException(WatchException.Problem.BAD_YEAR, year);
        }
        checkAmount(income);
        checkAmount(assets);
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO household_fact (person_id, fact_year, annual_income, "
                    + "total_assets, rural, recorded_on, source, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"ID"})) {
                ps.setLong(1, householdPersonId);
                ps.setInt(2, year);
                ps.setBigDecimal(3, income);
                ps.setBigDecimal(4, assets);
                if (rural == null) {
                    ps.setNull(5, Types.BOOLEAN);
                } else {
                    ps.setBoolean(5, rural);
                }
                ps.setObject(6, recordedOn);
                ps.setString(7, source.strip());
                ps.setString(8, user);
                ps.setObject(9, OffsetDateTime.now(clock));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            HouseholdFacts f = new HouseholdFacts(id, householdPersonId, year, income, assets, rural, recordedOn, source.strip(), user);
            audit.write(c, user, AuditWriter.INSERT, "household_fact", id, null, f);
            return f;
        });
    }

    private static void checkAmount(BigDecimal v) {
        if (v != null && (v.signum() < 0 || v.compareTo(Limits.MAX_AMOUNT) > 0 || v.stripTrailingZeros().scale() > 2)) {
            throw new WatchException(WatchException.Problem.BAD_AMOUNT, v.toPlainString());
        }
    }

    /** Voids a wrong record of facts with the reason (经办人); the older record of the year is current again. */
    public void voidFacts(long id, String reason, Session session) {
        if (reason == null || reason.isBlank()) {
            throw new WatchException(WatchException.Problem.REASON_REQUIRED);
        }
        db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            try (PreparedStatement ps = c.prepareStatement("UPDATE household_fact SET voided = TRUE, void_reason = ? "
                    + "WHERE id = ? AND NOT voided")) {
                ps.setString(1, reason.strip());
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new WatchException(WatchException.Problem.NO_SUCH_RECORD, id);
                }
            }
            audit.write(c, user, AuditWriter.VOID, "household_fact", id, null, Map.of("id", id, "voidReason", reason.strip()));
            return null;
        });
    }

    /** The household's current facts of {@code year}: the newest record not voided. */
    public Optional<HouseholdFacts> facts(long householdPersonId, int year) {
        return db.read(c -> facts(c, householdPersonId, year));
    }

    static Optional<HouseholdFacts> facts(Tx c, long householdPersonId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM household_fact WHERE person_id = ? AND fact_year = ? "
                + "AND NOT voided ORDER BY recorded_on DESC, id DESC LIMIT 1")) {
            ps.setLong(1, householdPersonId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean ruralValue = rs.getBoolean("rural");
                Boolean rural = rs.wasNull() ? null : ruralValue;
                return Optional.of(new HouseholdFacts(rs.getLong("id"), rs.getLong("person_id"), rs.getInt("fact_year"),
                        rs.getBigDecimal("annual_income"), rs.getBigDecimal("total_assets"), rural,
                        Sql.date(rs, "recorded_on"), rs.getString("source"), rs.getString("entered_by")));
            }
        }
    }

    /** Records what was done about a person on a list; the duty depends on the act ({@link WatchAction#duty()}). */
    public ActionRecord act(WatchRule rule, long personId, int year, WatchAction action, LocalDate on, String note, Session session) {
        LocalDate today = LocalDate.now(clock);
        if (on == null || on.isAfter(today) || on.getYear() < year) {
            throw new WatchException(WatchException.Problem.BAD_DATE, String.valueOf(on));
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > TextLimit.WATCH_NOTE.length()) {
            throw new WatchException(WatchException.Problem.TOO_LONG, TextLimit.WATCH_NOTE.length());
        }
        if (action == WatchAction.NOT_NEEDED && n == null) {
            throw new WatchException(WatchException.Problem.REASON_REQUIRED);
        }
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, action.duty());
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_action (rule, person_id, watch_year, action, "
                    + "acted_on, acted_by, note, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ps.setString(1, rule.name());
                ps.setLong(2, personId);
                ps.setInt(3, year);
                ps.setString(4, action.name());
                ps.setObject(5, on);
                ps.setString(6, user);
                ps.setString(7, n);
                ps.setObject(8, OffsetDateTime.now(clock));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            ActionRecord a = new ActionRecord(id, rule, personId, year, action, on, user, n);
            audit.write(c, user, AuditWriter.INSERT, "watch_action", id, null, a);
            return a;
        });
    }

    /** The latest act per person on {@code rule}'s list of {@code year}. */
    public Map<Long, ActionRecord> lastActions(WatchRule rule, int year) {
        return db.read(c -> {
            Map<Long, ActionRecord> out = new HashMap<>();
            for (ActionRecord a : actions(c, rule, year, null)) {
                out.put(a.personId(), a);
            }
            return out;
        });
    }

    /** Every act about one person on {@code rule}'s list of {@code year}, oldest first. */
    public List<ActionRecord> history(WatchRule rule, long personId, int year) {
        return db.read(c -> actions(c, rule, year, personId));
    }

    private static List<ActionRecord> actions(Tx c, WatchRule rule, int year, Long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM watch_action WHERE rule = ? AND watch_year = ?"
                + (personId == null ? "" : " AND person_id = ?") + " ORDER BY acted_on, id")) {
            ps.setString(1, rule.name());
            ps.setInt(2, year);
            if (personId != null) {
                ps.setLong(3, personId);
            }
            List<ActionRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActionRecord(rs.getLong("id"), rule, rs.getLong("person_id"), year,
                            WatchAction.valueOf(rs.getString("action")), Sql.date(rs, "acted_on"), rs.getString("acted_by"),
                            rs.getString("note")));
                }
            }
            return out;
        }
    }
}
