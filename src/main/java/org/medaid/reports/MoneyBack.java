package org.medaid.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.model.Money;
import org.medaid.settlement.Settlement;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.workflow.Recoveries;
import org.medaid.workflow.RecoveryAccount;
import org.medaid.workflow.RecoveryReturn;

/**
 * The fund's money outside the settlements (ADR 0093), as rows of their own beside them: what was paid on application
 * (依申请拨付, the approved amount of a paid case: what approval adds to the settlements, ADR 0056), and what the fund
 * asked back and got back after upheld objections to paid cases (ADR 0073, 0077). A settlement stays what it was
 * issued as; these rows never change it. Period rule: 依申请拨付 counts in the period of its payout date, 应退回 in
 * the period of the day the recovery was recorded (the objection upheld), 已追回 in the period of the return's date;
 * a voided return never counts (it is listed, marked, with nothing added).
 */
public final class MoneyBack {

    /** What a row is: a payment on application, an amount owed back, a return that counts, a voided return listed. */
    public enum Kind {
        PAID,
        OWED,
        RETURNED,
        VOIDED
    }

    /**
     * One row: the recovery (and return) it comes from ({@code recoveryId} 0 for a payment on application), the case and the applicant as recorded now, the settlement
     * of the case's first settled bill ({@code null} when none was issued; it gives the row its category, policy and
     * channel), the amount and, for a return, the voucher and the reason it was voided.
     */
    public record Entry(Kind kind, LocalDate on, long recoveryId, Long returnId, String caseNumber, long personId, String name,
            String township, String village, Settlement settlement, BigDecimal amount, String voucher, String voidReason) {

        /** What this row adds to 依申请拨付. */
        public BigDecimal paidOnApplication() {
            return kind == Kind.PAID ? amount : Money.ZERO;
        }

        /** What this row adds to 应退回. */
        public BigDecimal owed() {
            return kind == Kind.OWED ? amount : Money.ZERO;
        }

        /** What this row adds to 已追回 (nothing for a voided return). */
        public BigDecimal recovered() {
            return kind == Kind.RETURNED ? amount : Money.ZERO;
        }
    }

    private final Recoveries recoveries;
    private final SettlementService settlements;
    private final PersonStore people;

    public MoneyBack(Recoveries recoveries, SettlementService settlements, PersonStore people) {
        this.recoveries = recoveries;
        this.settlements = settlements;
        this.people = people;
    }

    /** The rows of the period, by date, then recovery, the amount owed before its returns. */
    public List<Entry> of(ReportPeriod period) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<Entry> out = new ArrayList<>();
        Map<Long, PersonRecord> persons = new HashMap<>();
        for (Recoveries.Paid paid : recoveries.paidBetween(first, last)) {
            PersonRecord p = persons.computeIfAbsent(paid.personId(), id -> people.byId(id).orElseThrow());
            out.add(new Entry(Kind.PAID, paid.paidOn(), 0L, null, paid.caseNumber(), p.id(), p.name(), p.township(), p.village(),
                    firstSettled(paid.billIds()).orElse(null), paid.amount(), null, null));
        }
        for (Recoveries.Traced t : recoveries.between(first, last)) {
            RecoveryAccount a = t.account();
            PersonRecord p = persons.computeIfAbsent(t.personId(), id -> people.byId(id).orElseThrow());
            Settlement s = firstSettled(t.billIds()).orElse(null);
            LocalDate recorded = a.recovery().recordedOn();
            if (within(recorded, first, last)) {
                out.add(new Entry(Kind.OWED, recorded, a.recovery().id(), null, a.caseNumber(), p.id(), p.name(), p.township(),
                        p.village(), s, a.recovery().amountDue(), null, null));
            }
            for (RecoveryReturn r : a.returns()) {
                if (within(r.returnedOn(), first, last)) {
                    out.add(new Entry(r.voided() ? Kind.VOIDED : Kind.RETURNED, r.returnedOn(), a.recovery().id(), r.id(),
                            a.caseNumber(), p.id(), p.name(), p.township(), p.village(), s, r.amount(), r.voucher(), r.voidReason()));
                }
            }
        }
        out.sort(Comparator.comparing(Entry::on).thenComparing(Entry::recoveryId).thenComparing(Entry::kind)
                .thenComparing(e -> e.returnId() == null ? 0L : e.returnId()));
        return out;
    }

    private Optional<Settlement> firstSettled(List<Long> billIds) {
        for (long id : billIds) {
            Optional<Settlement> s = settlements.forBill(id);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private static boolean within(LocalDate d, LocalDate first, LocalDate last) {
        return !d.isBefore(first) && !d.isAfter(last);
    }

    /** The sum of 依申请拨付 over {@code rows}. */
    public static BigDecimal paidOnApplication(List<Entry> rows) {
        return rows.stream().map(Entry::paidOnApplication).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The sum of 应退回 over {@code rows}. */
    public static BigDecimal owed(List<Entry> rows) {
        return rows.stream().map(Entry::owed).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The sum of 已追回 over {@code rows}. */
    public static BigDecimal recovered(List<Entry> rows) {
        return rows.stream().map(Entry::recovered).reduce(Money.ZERO, BigDecimal::add);
    }
}
