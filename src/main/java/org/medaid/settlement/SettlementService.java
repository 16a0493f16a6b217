package org.medaid.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.medaid.bills.BillStore;
import org.medaid.bills.StoredBill;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StoreException;

/**
 * Frozen settlements (ADR 0031). Issuing a slip writes a settlement once, with its number; a 补打 reads it
 * back and prints the very same figures. Nothing recomputed later changes it: {@link Reconciler} compares
 * what the bills compute to now with what was issued and queues adjustments, which the clerk confirms.
 */
public final class SettlementService {

    private final Database db;
    private final PersonStore people;
    private final BillStore bills;
    private final LedgerService ledger;
    private final PolicyRegistry policies;
    private final AuditWriter audit;
    private final Clock clock;

    public SettlementService(Database db, PersonStore people, BillStore bills, LedgerService ledger, PolicyRegistry policies,
            Clock clock) {
        this.db = db;
        this.people = people;
        this.bills = bills;
        this.ledger = ledger;
        this.policies = policies;
        this.audit = new AuditWriter(clock);
        this.clock = clock;
    }

    /** A settlement and whether this call issued it (false: it had been issued before, this is its 补打). */
    public record Issued(Settlement settlement, boolean fresh) {
    }

    /**
     * Issues the settlement of {@code billId} as it computes now, with the next number of this year; when the
     * bill has one already, returns that one unchanged. {@code office} and {@code clerk} are printed on the slip.
     */
    public Issued issue(long billId, IssuedVia via, String office, String clerk, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every settlement needs the user who issued it");
        }
        return db.inTransaction(c -> {
            Optional<Settlement> existing = SettlementRows.byBill(c, billId);
            if (existing.isPresent()) {
                return new Issued(existing.get(), false);
            }
            StoredBill bill = bills.byId(billId).orElseThrow(() -> new StoreException("no bill " + billId));
            Computed now = compute(bill);
            if (now.row == null || !now.row.computed()) {
                throw new SettlementException(SettlementException.Problem.NOT_COMPUTED, Long.toString(billId));
            }
            Instant at = now();
            LocalDate today = LocalDate.now(clock);
            String number = Numbers.next(c, today.getYear(), Numbers.SETTLEMENT);
            Settlement s = new Settlement(0, number, bill.id(), bill.version(), bill.personId(), policyName(now.policy),
                    Figures.of(now.row.result()), now.row.result().unconfirmed(),
                    SlipFactory.slip(office, now.person, people.categories(bill.personId()), bill, now.row.result(), now.policy,
                            clerk, today, number), now.basis, via, user, at);
            long id = SettlementRows.insert(c, s);
            Settlement saved = SettlementRows.byId(c, id).orElseThrow();
            audit.write(c, user, "ISSUE", SettlementRows.TABLE, id, null, auditView(saved));
            return new Issued(saved, true);
        });
    }

    /**
     * The number the next settlement will take: the preview of a slip not yet issued shows it, so what is
     * printed is what was previewed. Issuing takes the number anew in its transaction.
     */
    public String nextNumber() {
        return db.read(c -> Numbers.peek(c, LocalDate.now(clock).getYear(), Numbers.SETTLEMENT));
    }

    /**
     * The recoveries recorded in the same store against paid cases (ADR 0077): the reports read them beside the
     * settlements, as rows of their own that never change a settlement (ADR 0093).
     */
    public org.medaid.workflow.Recoveries recoveries() {
        return new org.medaid.workflow.Recoveries(db, clock);
    }

    public Optional<Settlement> forBill(long billId) {
        return db.read(c -> SettlementRows.byBill(c, billId));
    }

    public List<Settlement> forPerson(long personId) {
        return db.read(c -> SettlementRows.forPerson(c, personId));
    }

    /** The mark of every issued bill of the person, by bill id (a bill without one is not issued). */
    public java.util.Map<Long, SettlementMark> marks(long personId) {
        return db.read(c -> {
            java.util.Map<Long, SettlementMark> out = new java.util.HashMap<>();
            for (Settlement s : SettlementRows.forPerson(c, personId)) {
                List<Adjustment> all = AdjustmentRows.ofSettlement(c, s.id());
                String confirmed = all.stream().filter(a -> a.state() == Adjustment.State.CONFIRMED).map(Adjustment::number)
                        .reduce((a, b) -> b).orElse(null);
                boolean pending = all.stream().anyMatch(a -> a.state() == Adjustment.State.PENDING);
                SettlementMark.State state = pending ? SettlementMark.State.ADJUSTMENT_PENDING
                        : confirmed != null ? SettlementMark.State.ADJUSTED : SettlementMark.State.ISSUED;
                out.put(s.billId(), new SettlementMark(state, s.number(), confirmed));
            }
            return out;
        });
    }

    /**
     * Every issued settlement whose bill was settled from {@code from} to {@code to}, with its figures as they
     * stand (the latest confirmed adjustment's), by settlement date and number.
     */
    public List<Settled> settledBetween(LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<long[]> ids = new java.util.ArrayList<>();
            List<LocalDate> dates = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT s.id, b.settlement_date FROM settlement s "
                    + "JOIN bill b ON b.id = s.bill_id WHERE b.settlement_date BETWEEN ? AND ? ORDER BY b.settlement_date, s.number")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new long[] {rs.getLong(1)});
                        dates.add(rs.getObject(2, LocalDate.class));
                    }
                }
            }
            List<Settled> out = new java.util.ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Settlement s = SettlementRows.byId(c, ids.get(i)[0]).orElseThrow();
                Figures now = AdjustmentRows.ofSettlement(c, s.id()).stream().filter(a -> a.state() == Adjustment.State.CONFIRMED)
                        .map(Adjustment::after).reduce((x, y) -> y).orElse(s.figures());
                out.add(new Settled(s, dates.get(i), now));
            }
            return out;
        });
    }

    /** Every adjustment of the settlement, oldest first. */
    public List<Adjustment> adjustments(long settlementId) {
        return db.read(c -> AdjustmentRows.ofSettlement(c, settlementId));
    }

    public Optional<Adjustment> adjustment(long id) {
        return db.read(c -> AdjustmentRows.byId(c, id));
    }

    /** The queue the clerk confirms: pending adjustments, oldest first. */
    public List<Adjustment> pending() {
        return db.read(c -> AdjustmentRows.inState(c, Adjustment.State.PENDING));
    }

    /** Confirmed adjustments, oldest first (their slips can be printed again). */
    public List<Adjustment> confirmed() {
        return db.read(c -> AdjustmentRows.inState(c, Adjustment.State.CONFIRMED));
    }

    /** The clerk confirms a pending adjustment: it gets its number; its 结算调整单 can be printed. */
    public Adjustment confirm(long adjustmentId, long version, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every confirmation needs the user who made it");
        }
        return db.inTransaction(c -> {
            Adjustment a = AdjustmentRows.byId(c, adjustmentId)
                    .orElseThrow(() -> new SettlementException(SettlementException.Problem.UNKNOWN, Long.toString(adjustmentId)));
            if (a.state() != Adjustment.State.PENDING) {
                throw new SettlementException(SettlementException.Problem.NOT_PENDING, Long.toString(adjustmentId));
            }
            String number = Numbers.next(c, LocalDate.now(clock).getYear(), Numbers.ADJUSTMENT);
            AdjustmentRows.confirm(c, adjustmentId, version, number, user, now());
            Adjustment after = AdjustmentRows.byId(c, adjustmentId).orElseThrow();
            audit.write(c, user, "CONFIRM", AdjustmentRows.TABLE, adjustmentId, a, after);
            return after;
        });
    }

    /** The bill as it computes now: its row, the person, the policy, and the basis. */
    record Computed(PersonRecord person, YearLedgerView year, LedgerRow row, Policy policy, Basis basis) {
    }

    Computed compute(StoredBill bill) {
        PersonRecord person = people.byId(bill.personId()).orElseThrow(() -> new StoreException("no person " + bill.personId()));
        YearLedgerView year = ledger.year(bill.personId(), bill.settlementDate().getYear());
        Policy policy = policies.find(person.region(), bill.settlementDate()).orElse(null);
        LedgerRow row = year.row(bill.id()).orElse(null);
        return new Computed(person, year, row, policy, Basis.of(year, people.categories(bill.personId()), policy));
    }

    Database db() {
        return db;
    }

    BillStore bills() {
        return bills;
    }

    AuditWriter audit() {
        return audit;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String policyName(Policy p) {
        return p == null ? "" : p.id() + " " + p.document() + " " + p.from();
    }

    /** What the audit row keeps of a settlement: its figures, not the person's details on the slip. */
    private static Object auditView(Settlement s) {
        return java.util.Map.of("number", s.number(), "billId", s.billId(), "billVersion", s.billVersion(),
                "policy", s.policy(), "figures", s.figures().amounts(), "via", s.via().name());
    }
}
