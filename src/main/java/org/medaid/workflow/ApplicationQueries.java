package org.medaid.workflow;

import org.medaid.model.WorkingDays;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medaid.model.Money;
import org.medaid.model.NoCalendarException;
import org.medaid.policy.Procedure;
import org.medaid.store.Database;
import org.medaid.store.Sql;

/** The lists: cases waiting at each stage, the quarterly public notice, the bank's payout list. */
public final class ApplicationQueries {

    private final Database db;
    private final WorkingDays days;
    private final Procedures procedures;
    private final Clock clock;

    /** With the bundled policies' procedures. */
    public ApplicationQueries(Database db, WorkingDays days, Clock clock) {
        this(db, days, Procedures.bundled(), clock);
    }

    public ApplicationQueries(Database db, WorkingDays days, Procedures procedures, Clock clock) {
        this.db = db;
        this.days = days;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Open cases at {@code stage}: urgent ones first, then the longest waiting. */
    public List<WaitingCase> waitingAt(Stage stage) {
        if (!stage.open()) {
            throw new IllegalArgumentException(stage + " is not a waiting stage");
        }
        LocalDate today = LocalDate.now(clock);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.person_id, p.name, p.township, p.village, p.region, "
                    + "a.applied_on, a.visit_due, a.publicity_end, a.approved_on, a.requested_amount, a.approved_amount, "
                    + "(SELECT MAX(s.on_date) FROM application_stage s WHERE s.application_id = a.id AND s.stage = a.stage) AS since "
                    + "FROM application a JOIN person p ON p.id = a.person_id "
                    // urgent cases first (特事特办, 邵医保发〔2021〕32号 三(八); the intake's mark)
                    + "LEFT JOIN application_intake i ON i.application_id = a.id "
                    + "WHERE a.stage = ? ORDER BY COALESCE(i.urgent, FALSE) DESC, since, a.id")) {
                ps.setString(1, stage.name());
                List<WaitingCase> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(waiting(rs, stage, today));
                    }
                }
                return out;
            }
        });
    }

    /** Every open stage with its cases, in the order of the stages. */
    public Map<Stage, List<WaitingCase>> waiting() {
        Map<Stage, List<WaitingCase>> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            if (s.open()) {
                out.put(s, waitingAt(s));
            }
        }
        return out;
    }

    private WaitingCase waiting(ResultSet rs, Stage stage, LocalDate today) throws SQLException {
        LocalDate due = due(procedures.of(rs.getString("region"), Sql.date(rs, "applied_on")), stage, rs);
        boolean overdue = due != null && today.isAfter(due);
        BigDecimal amount = rs.getBigDecimal(stage == Stage.APPROVED ? "approved_amount" : "requested_amount");
        return new WaitingCase(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"), rs.getString("township"),
                rs.getString("village"), stage, Sql.date(rs, "applied_on"), Sql.date(rs, "since"), due, overdue, amount);
    }

    /**
     * The deadline of the step a case waits for (邵医保发〔2021〕32号 三(八), ADR 0038), in working days of the
     * calendar: the township's visit and review from the application; the county's review from receiving the
     * township's file (after the notice before approval, where the county posts one); the payment from the
     * approval. Null in a year without calendar data (the list says no deadline rather than guess one).
     */
    private LocalDate due(Procedure p, Stage stage, ResultSet rs) throws SQLException {
        try {
            return switch (stage) {
                case APPLIED -> days.after(Sql.date(rs, "applied_on"), p.townshipReview().workingDays());
                case TOWNSHIP_REVIEWED -> p.preApprovalNoticeOn() ? null
                        : days.after(Sql.date(rs, "since"), p.countyReview().workingDays());
                case PUBLICISED -> days.after(Sql.date(rs, "publicity_end"), p.countyReview().workingDays());
                case APPROVED -> days.after(Sql.date(rs, "approved_on"), p.payment().workingDays());
                default -> null;
            };
        } catch (NoCalendarException e) {
            return null;
        }
    }

    /** The cases approved in quarter {@code quarter} (1–4) of {@code year}, by township, village and name. */
    public NoticeList noticeList(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, p.name, p.township, p.village, p.id_number, "
                    + "a.approved_amount, a.approved_on FROM application a JOIN person p ON p.id = a.person_id "
                    + "WHERE a.stage IN ('APPROVED', 'PAID') AND a.approved_on BETWEEN ? AND ? "
                    + "ORDER BY p.township, p.village, p.name, a.id")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                List<NoticeRow> rows = new ArrayList<>();
                BigDecimal total = Money.ZERO;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        NoticeRow r = new NoticeRow(rs.getLong("id"), rs.getString("name"), rs.getString("township"),
                                rs.getString("village"), NoticeRow.mask(rs.getString("id_number")),
                                rs.getBigDecimal("approved_amount"), Sql.date(rs, "approved_on"));
                        rows.add(r);
                        total = total.add(r.amount());
                    }
                }
                return new NoticeList(year, quarter, from, to, rows, total);
            }
        });
    }

    /**
     * Approved cases not yet paid, for the bank, by township, village and name; those held by an open objection are
     * left off and counted ({@link PayoutList#held()}).
     */
    public PayoutList payoutList() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.version, p.name, p.id_number, a.bank_account, "
                    + "a.approved_amount, p.township, p.village, a.approved_on, a.applied_on, "
                    + "COALESCE(a.bank_name, p.bank_name) AS bank_name FROM application a JOIN person p "
                    + "ON p.id = a.person_id WHERE a.stage = 'APPROVED' ORDER BY p.township, p.village, p.name, a.id");
                    PreparedStatement held = c.prepareStatement("SELECT DISTINCT o.application_id FROM publicity_objection o "
                            + "JOIN application a ON a.id = o.application_id WHERE a.stage = 'APPROVED' AND o.outcome IS NULL")) {
                // a case with an open objection is held: not on the list the bank pays from (ADR 0077)
                java.util.Set<Long> heldIds = new java.util.HashSet<>();
                try (ResultSet rs = held.executeQuery()) {
                    while (rs.next()) {
                        heldIds.add(rs.getLong(1));
                    }
                }
                List<PayoutRow> rows = new ArrayList<>();
                BigDecimal total = Money.ZERO;
                int missing = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (heldIds.contains(rs.getLong("id"))) {
                            continue;
                        }
                        PayoutRow r = new PayoutRow(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
                                rs.getString("id_number"), rs.getString("bank_account"), rs.getBigDecimal("approved_amount"),
                                rs.getString("township"), rs.getString("village"), Sql.date(rs, "approved_on"),
                                rs.getString("bank_name"), Sql.date(rs, "applied_on"));
                        rows.add(r);
                        total = total.add(r.amount());
                        missing += r.bankAccount() == null ? 1 : 0;
                    }
                }
                return new PayoutList(rows, total, missing, heldIds.size());
            }
        });
    }
}
