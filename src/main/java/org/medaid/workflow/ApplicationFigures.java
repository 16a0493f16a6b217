package org.medaid.workflow;

import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.bills.BillStore;
import org.medaid.bills.StoredBill;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Money;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonStore;

/**
 * Applications keep their figures (ADR 0031). The amounts on record are those submitted, then those last
 * reviewed. When the bills of an open application compute to other amounts, the change is recorded with
 * old and new side by side and the case goes back to 乡镇审核; only the review accepts the new amounts,
 * and approval and payout are refused while the amounts on record are not the ones the bills compute to.
 */
public final class ApplicationFigures {

    private final Database db;
    private final BillStore bills;
    private final Snapshot snapshot;
    private final AuditWriter audit;
    private final Clock clock;

    public ApplicationFigures(Database db, PersonStore people, BillStore bills, LedgerService ledger, Clock clock) {
        this.db = db;
        this.bills = bills;
        this.snapshot = new Snapshot(people, ledger);
        this.audit = new AuditWriter(clock);
        this.clock = clock;
    }

    /**
     * Checks every open application of the person; each whose bills compute to other amounts than the
     * ones on record gets a pending change and goes back to 乡镇审核. Returns the applications sent back.
     */
    public List<Long> reconcile(long personId, String user) {
        return db.inTransaction(c -> {
            List<Long> sent = new ArrayList<>();
            for (AssistanceApplication a : ApplicationRows.forPerson(c, personId)) {
                if (a.stage().open() && reconcile(c, a, user)) {
                    sent.add(a.id());
                }
            }
            return sent;
        });
    }

    private boolean reconcile(Tx c, AssistanceApplication a, String user) throws SQLException {
        List<ApplicationBill> now = current(a);
        List<FiguresChange> changes = FiguresChangeRows.of(c, a.id());
        Optional<FiguresChange> pending = changes.stream().filter(FiguresChange::pending).reduce((x, y) -> y);
        if (same(a.bills(), now)) {
            if (pending.isPresent()) {
                FiguresChangeRows.close(c, a.id(), FiguresChange.State.SUPERSEDED, user, now());
            }
            return false;
        }
        if (pending.isPresent() && same(pending.get().after(), now)) {
            return false;
        }
        FiguresChangeRows.close(c, a.id(), FiguresChange.State.SUPERSEDED, user, now());
        Stage from = pending.map(FiguresChange::fromStage).orElse(a.stage());
        // the approval the case held goes back with it; a change superseding one keeps the approval that one took away
        FiguresChange.Granted granted = Optional.ofNullable(FiguresChange.Granted.of(a))
                .orElse(pending.map(FiguresChange::granted).orElse(null));
        FiguresChangeRows.insert(c, new FiguresChange(0, a.id(), from, a.bills(), now, selfPay(a.bills()), selfPay(now), user,
                now(), FiguresChange.State.PENDING, null, null, granted));
        if (a.stage() != Stage.APPLIED) {
            FiguresChangeRows.backToReview(c, a.id());
            ApplicationRows.insertStage(c, a.id(), new StageRecord(Stage.APPLIED, user, now(), LocalDate.now(clock), null));
        }
        audit.write(c, user, "FIGURES_CHANGED", ApplicationRows.TABLE, a.id(), a, ApplicationRows.byId(c, a.id()).orElseThrow());
        return true;
    }

    /** Every figures change of the application, oldest first. */
    public List<FiguresChange> changes(long applicationId) {
        return db.read(c -> FiguresChangeRows.of(c, applicationId));
    }

    /** The change waiting for the review, if any. */
    public Optional<FiguresChange> pending(long applicationId) {
        return changes(applicationId).stream().filter(FiguresChange::pending).reduce((x, y) -> y);
    }

    /** The review accepts the pending new amounts: they become the amounts on record. */
    void accept(Tx c, AssistanceApplication a, String user) throws SQLException {
        Optional<FiguresChange> pending = FiguresChangeRows.of(c, a.id()).stream().filter(FiguresChange::pending)
                .reduce((x, y) -> y);
        if (pending.isPresent()) {
            FiguresChangeRows.replaceBills(c, a.id(), pending.get().after());
            FiguresChangeRows.close(c, a.id(), FiguresChange.State.REVIEWED, user, now());
        }
    }

    /**
     * The county's approval marked the application's bills (邵医保发〔2021〕32号 三(八)): what they compute to now
     * becomes the amounts on record, kept as a figures change the approval itself reviewed. False when nothing moved.
     */
    boolean acceptApproval(Tx c, AssistanceApplication a, String user) throws SQLException {
        List<ApplicationBill> now = current(a);
        if (same(a.bills(), now)) {
            return false;
        }
        FiguresChangeRows.insert(c, new FiguresChange(0, a.id(), a.stage(), a.bills(), now, selfPay(a.bills()), selfPay(now), user,
                now(), FiguresChange.State.PENDING, null, null));
        FiguresChangeRows.close(c, a.id(), FiguresChange.State.REVIEWED, user, now());
        FiguresChangeRows.replaceBills(c, a.id(), now);
        return true;
    }

    /** Refuses approval or payout on amounts nobody reviewed. */
    void requireReviewed(Tx c, AssistanceApplication a) throws SQLException {
        boolean pending = FiguresChangeRows.of(c, a.id()).stream().anyMatch(FiguresChange::pending);
        if (pending || !same(a.bills(), current(a))) {
            throw new WorkflowException(WorkflowProblem.FIGURES_NOT_REVIEWED, Money.format(a.selfPayTotal()),
                    Money.format(selfPay(current(a))));
        }
    }

    /** The application's bills as they compute now; a bill voided or no longer computed counts as nothing. */
    private List<ApplicationBill> current(AssistanceApplication a) {
        List<ApplicationBill> out = new ArrayList<>();
        for (ApplicationBill old : a.bills()) {
            Optional<StoredBill> b = bills.byId(old.billId());
            ApplicationBill now = null;
            if (b.isPresent() && !b.get().voided()) {
                try {
                    now = snapshot.bills(a.personId(), List.of(b.get())).get(0);
                } catch (WorkflowException notComputed) {
                    now = null;
                }
            }
            out.add(now != null ? now : new ApplicationBill(old.billId(), b.map(StoredBill::version).orElse(old.billVersion()),
                    old.settlementDate(), old.hospitalName(), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                    Money.ZERO, Money.ZERO, Money.ZERO, List.of("VOIDED")));
        }
        return out;
    }

    static boolean same(List<ApplicationBill> a, List<ApplicationBill> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ApplicationBill x = a.get(i);
            ApplicationBill y = b.stream().filter(z -> z.billId() == x.billId()).findFirst().orElse(null);
            if (y == null || !amounts(x).equals(amounts(y))) {
                return false;
            }
        }
        return true;
    }

    private static List<BigDecimal> amounts(ApplicationBill b) {
        return java.util.stream.Stream.of(b.total(), b.compliant(), b.basic(), b.criticalIllness(), b.assistance(),
                b.reAssistance(), b.otherRelief(), b.selfPay()).map(v -> v.setScale(2, java.math.RoundingMode.HALF_UP)).toList();
    }

    static BigDecimal selfPay(List<ApplicationBill> bills) {
        return bills.stream().map(ApplicationBill::selfPay).reduce(Money.ZERO, BigDecimal::add);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
