package org.medaid.insurance;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.medaid.model.Money;
import org.medaid.model.NoCalendarException;
import org.medaid.model.WorkingDays;
import org.medaid.roster.PremiumLine;
import org.medaid.roster.PremiumList;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.StaleRecordException;
import org.medaid.store.Tx;

/**
 * The premium-subsidy loop (ADR 0062): who gets which subsidy for an insurance year (the year's subsidy list,
 * 临医保发〔2022〕13号 二: the assistance fund's part and the county budget's part), the list sent to the tax
 * department within 5 working days (广西通知 二(二) 「在5个工作日内推送给同级税务部门」), the tax department's
 * return file marking rows 已缴费 and the 参保台账 insured (「税务部门在参保人员缴费后5个工作日内将缴费信息推送给同级医保部门」),
 * refunds and re-payment (二(三) 「缴费错误人员退费重缴」), the month's insured and refunded people (「每月将参保和退费人员信息
 * 共享」), and the year's subsidy paid by fund. One transaction per action, audited.
 */
public final class PremiumSubsidies {

    /** 广西通知 二(二): the desk sends a person's registration to the tax department within 5 working days. */
    public static final int SEND_WITHIN_WORKING_DAYS = 5;

    private final Database db;
    private final Clock clock;
    private final Supplier<PremiumList> list;
    private final WorkingDays days;
    private final AuditWriter audit;

    public PremiumSubsidies(Database db, Clock clock, Supplier<PremiumList> list, WorkingDays days) {
        this.db = db;
        this.clock = clock;
        this.list = list;
        this.days = days;
        this.audit = new AuditWriter(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Puts everyone of the year's subsidy list not yet in the loop on it as 待报送, in one transaction; returns how
     * many were added. People already in the loop keep their row (a later list does not change what was sent).
     */
    public int prepare(int year, Session session) {
        List<PremiumLine> lines = new ArrayList<>();
        list.get().forEach(year, null, lines::add);
        LocalDate today = today();
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            int added = 0;
            for (PremiumLine l : lines) {
                if (SubsidyRows.exists(c, l.personId(), year)) {
                    continue;
                }
                long id = SubsidyRows.insert(c, l.personId(), year, l.policy(), l.contribution(), l.subsidy(),
                        l.assistanceFund(), l.countyBudget(), today, user, clock.instant());
                audit.write(c, user, AuditWriter.INSERT, SubsidyRows.TABLE, id, null,
                        SubsidyRows.Audited.of(SubsidyRows.byId(c, id).orElseThrow(), null));
                added++;
            }
            return added;
        });
    }

    /** The year's rows, by village, each with its day due for sending. */
    public List<SubsidyRecord> rows(int year) {
        return db.read(c -> SubsidyRows.ofYear(c, year)).stream().map(r -> r.withDue(due(r.preparedOn()))).toList();
    }

    /** The last day to send a row listed on {@code listed}; null when the working calendar does not cover it. */
    public LocalDate due(LocalDate listed) {
        try {
            return days.after(listed, SEND_WITHIN_WORKING_DAYS);
        } catch (NoCalendarException e) {
            return null;
        }
    }

    /** Marks the rows 已报送税务 on {@code sentOn} (the file for the tax department was made); all or nothing. */
    public List<SubsidyRecord> send(List<SubsidyRecord> shown, LocalDate sentOn, Session session) {
        if (shown.isEmpty()) {
            throw new InsuranceException(InsuranceProblem.SUBSIDY_NOTHING_TO_SEND);
        }
        notInFuture(sentOn);
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            List<SubsidyRecord> out = new ArrayList<>();
            for (SubsidyRecord r : shown) {
                SubsidyRecord now = current(c, r);
                if (now.status() != SubsidyStatus.PENDING) {
                    throw new InsuranceException(InsuranceProblem.SUBSIDY_NOT_PENDING, now.name());
                }
                if (sentOn.isBefore(now.preparedOn())) {
                    throw new InsuranceException(InsuranceProblem.SUBSIDY_DATE_BEFORE, sentOn.toString(),
                            now.preparedOn().toString());
                }
                out.add(move(c, now, SubsidyStatus.SENT, sentOn, null, null, null, now.repaidTimes(), user, null));
            }
            return out;
        });
    }

    /**
     * Reads the tax department's return file (columns 身份证号 and 缴费日期) and marks each named row of the year
     * 已缴费 on its date, recording the person insured (城乡居民) in the 参保台账 from that date; all or nothing.
     */
    public TaxReturn confirm(int year, List<String> lines, String fileName, java.util.Locale locale, Session session) {
        List<TaxReturnFile.Row> rows = TaxReturnFile.read(lines);
        LocalDate today = today();
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            Map<String, SubsidyRecord> byId = new HashMap<>();
            for (SubsidyRecord r : SubsidyRows.ofYear(c, year)) {
                byId.put(r.idNumber(), r);
            }
            List<String> refused = new ArrayList<>();
            List<Object[]> toMark = new ArrayList<>();
            int already = 0;
            for (TaxReturnFile.Row row : rows) {
                SubsidyRecord r = byId.get(row.idNumber());
                String where = InsuranceTexts.get("subsidy.return.line", locale, row.line());
                if (row.paidOn() == null) {
                    refused.add(where + InsuranceTexts.get("subsidy.return.badDate", locale, row.rawDate()));
                } else if (r == null) {
                    refused.add(where + InsuranceTexts.get("subsidy.return.unknown", locale, Integer.toString(year)));
                } else if (r.status() == SubsidyStatus.PAID) {
                    already++;
                } else if (r.status() != SubsidyStatus.SENT) {
                    refused.add(where + InsuranceTexts.get("subsidy.return.notSent", locale, r.name()));
                } else if (row.paidOn().isAfter(today) || row.paidOn().isBefore(r.sentOn())) {
                    refused.add(where + InsuranceTexts.get("subsidy.return.dateOut", locale,
                            row.rawDate(), r.sentOn().toString()));
                } else {
                    toMark.add(new Object[] {r, row.paidOn()});
                }
            }
            if (!refused.isEmpty()) {
                throw new TaxReturnException(refused);
            }
            InsuranceLedger ledger = new InsuranceLedger(db, clock, null);
            for (Object[] m : toMark) {
                SubsidyRecord r = (SubsidyRecord) m[0];
                LocalDate paidOn = (LocalDate) m[1];
                move(c, r, SubsidyStatus.PAID, r.sentOn(), paidOn, null, null, r.repaidTimes(), user, fileName);
                markInsured(c, ledger, r, paidOn, fileName, user);
            }
            return new TaxReturn(toMark.size(), already, List.of());
        });
    }

    /** The 参保台账 row of the year says 城乡居民 from the day paid, unless it already says insured. */
    private static void markInsured(Tx c, InsuranceLedger ledger, SubsidyRecord r, LocalDate paidOn, String fileName,
            String user) throws SQLException {
        Optional<CoverageRecord> before = InsuranceRows.forYear(c, r.personId(), r.year());
        if (before.isPresent() && before.get().status().insured()) {
            return;
        }
        // Paid in the collection period of the year before, or during the year (中途参保).
        LocalDate since = paidOn.getYear() < r.year() - 1 ? LocalDate.of(r.year() - 1, 1, 1) : paidOn;
        ledger.write(c, new CoverageDraft(r.personId(), r.year(), InsuranceStatus.RESIDENT, since, null, null),
                before.map(CoverageRecord::version).orElse(0L),
                InsuranceTexts.get("subsidy.ledgerReason", java.util.Locale.SIMPLIFIED_CHINESE, fileName),
                EntrySource.LIST, user);
    }

    /** 已退费 on {@code refundedOn} with the reason (二(三) 缴费错误人员退费). */
    public SubsidyRecord refund(SubsidyRecord shown, LocalDate refundedOn, String reason, Session session) {
        notInFuture(refundedOn);
        if (reason == null || reason.isBlank()) {
            throw new InsuranceException(InsuranceProblem.SUBSIDY_REFUND_REASON_MISSING);
        }
        if (reason.strip().length() > CoverageDraft.REASON_TEXT_MAX) {
            throw new InsuranceException(InsuranceProblem.REASON_TEXT_TOO_LONG, Integer.toString(CoverageDraft.REASON_TEXT_MAX));
        }
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            SubsidyRecord now = current(c, shown);
            if (now.status() != SubsidyStatus.PAID) {
                throw new InsuranceException(InsuranceProblem.SUBSIDY_NOT_PAID, now.name());
            }
            if (refundedOn.isBefore(now.paidOn())) {
                throw new InsuranceException(InsuranceProblem.SUBSIDY_DATE_BEFORE, refundedOn.toString(), now.paidOn().toString());
            }
            return move(c, now, SubsidyStatus.REFUNDED, now.sentOn(), now.paidOn(), refundedOn, reason.strip(),
                    now.repaidTimes(), user, null);
        });
    }

    /** A refunded row back to 待报送, to be sent and paid again (重缴). */
    public SubsidyRecord repay(SubsidyRecord shown, Session session) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            SubsidyRecord now = current(c, shown);
            if (now.status() != SubsidyStatus.REFUNDED) {
                throw new InsuranceException(InsuranceProblem.SUBSIDY_NOT_REFUNDED, now.name());
            }
            return move(c, now, SubsidyStatus.PENDING, null, null, now.refundedOn(), now.refundReason(),
                    now.repaidTimes() + 1, user, null);
        });
    }

    /** The month's people 已缴费 or 已退费 (广西通知 二(二) 「每月将参保和退费人员信息共享」). */
    public List<SubsidyRecord> month(int year, YearMonth month) {
        return rows(year).stream().filter(r -> in(month, r.paidOn()) && r.status() == SubsidyStatus.PAID
                || in(month, r.refundedOn()) && r.status() != SubsidyStatus.PAID).toList();
    }

    /** The year's counts by step and the subsidy paid by fund. */
    public SubsidySummary summary(int year) {
        LocalDate today = today();
        int[] n = new int[5];
        BigDecimal assistance = Money.ZERO;
        BigDecimal county = Money.ZERO;
        for (SubsidyRecord r : rows(year)) {
            n[r.status().ordinal()]++;
            if (r.late(today)) {
                n[4]++;
            }
            if (r.status() == SubsidyStatus.PAID) {
                assistance = assistance.add(r.assistanceFund());
                county = county.add(r.countyBudget());
            }
        }
        return new SubsidySummary(year, n[0], n[1], n[2], n[3], n[4], assistance, county);
    }

    private static boolean in(YearMonth month, LocalDate d) {
        return d != null && YearMonth.from(d).equals(month);
    }

    private void notInFuture(LocalDate d) {
        if (d == null) {
            throw new InsuranceException(InsuranceProblem.SUBSIDY_DATE_MISSING);
        }
        if (d.isAfter(today())) {
            throw new InsuranceException(InsuranceProblem.DATE_IN_FUTURE, d.toString());
        }
    }

    private static SubsidyRecord current(Tx c, SubsidyRecord shown) throws SQLException {
        SubsidyRecord now = SubsidyRows.byId(c, shown.id()).orElseThrow(() -> new StaleRecordException(SubsidyRows.TABLE, shown.id()));
        if (now.version() != shown.version()) {
            throw new StaleRecordException(SubsidyRows.TABLE, shown.id());
        }
        return now;
    }

    private SubsidyRecord move(Tx c, SubsidyRecord before, SubsidyStatus status, LocalDate sentOn, LocalDate paidOn,
            LocalDate refundedOn, String reason, int repaid, String user, String note) throws SQLException {
        if (!SubsidyRows.update(c, before, status, sentOn, paidOn, refundedOn, reason, repaid, user, clock.instant())) {
            throw new StaleRecordException(SubsidyRows.TABLE, before.id());
        }
        SubsidyRecord after = SubsidyRows.byId(c, before.id()).orElseThrow();
        audit.write(c, user, AuditWriter.UPDATE, SubsidyRows.TABLE, before.id(), SubsidyRows.Audited.of(before, null),
                SubsidyRows.Audited.of(after, note));
        return after.withDue(due(after.preparedOn()));
    }
}
