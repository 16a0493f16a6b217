package org.medaid.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.medaid.bills.StoredBill;
import org.medaid.workflow.ApplicationFigures;

/**
 * Nothing recomputed later changes an issued settlement (ADR 0031): this compares what each issued bill of
 * a person computes to now with what was last issued (the settlement, or its last confirmed adjustment) and
 * queues a 结算调整 for each difference, naming why; a pending adjustment a later change made wrong is
 * superseded. The person's open applications are checked the same way ({@link ApplicationFigures}).
 * Run after every change that can move figures: a bill entered, corrected or voided, a category granted or
 * ended, a county figure confirmed (the queue runs it for everyone).
 */
public final class Reconciler {

    private final SettlementService settlements;
    private final ApplicationFigures applications;

    public Reconciler(SettlementService settlements, ApplicationFigures applications) {
        this.settlements = settlements;
        this.applications = applications;
    }

    /** What one run found: adjustments queued and applications sent back to 乡镇审核. */
    public record Outcome(List<Adjustment> queued, List<Long> applicationsBack) {

        public boolean nothing() {
            return queued.isEmpty() && applicationsBack.isEmpty();
        }
    }

    public Outcome reconcile(long personId, String user) {
        return settlements.db().inTransaction(c -> {
            List<Adjustment> queued = new java.util.ArrayList<>();
            for (Settlement s : SettlementRows.forPerson(c, personId)) {
                reconcile(c, s, user).ifPresent(queued::add);
            }
            return new Outcome(List.copyOf(queued), applications.reconcile(personId, user));
        });
    }

    /** Every person with an issued settlement (after a county figure was confirmed, say). */
    public Outcome reconcileAll(String user) {
        List<Long> persons = settlements.db().read(SettlementRows::people);
        List<Adjustment> queued = new java.util.ArrayList<>();
        List<Long> back = new java.util.ArrayList<>();
        for (long p : persons) {
            Outcome o = reconcile(p, user);
            queued.addAll(o.queued());
            back.addAll(o.applicationsBack());
        }
        return new Outcome(List.copyOf(queued), List.copyOf(back));
    }

    private Optional<Adjustment> reconcile(org.medaid.store.Tx c, Settlement s, String user) throws java.sql.SQLException {
        StoredBill bill = settlements.bills().byId(s.billId()).orElseThrow();
        SettlementService.Computed now = settlements.compute(bill);
        Figures current;
        if (bill.voided()) {
            current = Figures.zero();
        } else if (now.row() != null && now.row().computed()) {
            current = Figures.of(now.row().result());
        } else {
            // no policy computes the bill any more: nothing can be said about its figures until one does
            return Optional.empty();
        }
        List<Adjustment> all = AdjustmentRows.ofSettlement(c, s.id());
        Optional<Adjustment> lastConfirmed = all.stream().filter(a -> a.state() == Adjustment.State.CONFIRMED).reduce((a, b) -> b);
        Optional<Adjustment> pending = all.stream().filter(a -> a.state() == Adjustment.State.PENDING).reduce((a, b) -> b);
        Figures issued = lastConfirmed.map(Adjustment::after).orElse(s.figures());
        Basis basis = lastConfirmed.map(Adjustment::basis).orElse(s.basis());
        if (current.sameAs(issued)) {
            pending.ifPresent(p -> supersede(c, p));
            return Optional.empty();
        }
        if (pending.isPresent() && pending.get().after().sameAs(current)) {
            return Optional.empty();
        }
        pending.ifPresent(p -> supersede(c, p));
        BigDecimal difference = current.paid().subtract(issued.paid());
        Adjustment draft = new Adjustment(0, 1, s.id(), s.number(), s.billId(), s.personId(), null, Adjustment.State.PENDING,
                issued, current, difference, basis.changesTo(now.basis(), bill.id(), bill.settlementDate()), now.basis(), user,
                settlements.now(), null, null);
        String slip = bill.voided() || now.row() == null ? "null" : SettlementJson.write(now.row().result());
        long id = AdjustmentRows.insert(c, draft, slip);
        Adjustment saved = AdjustmentRows.byId(c, id).orElseThrow();
        settlements.audit().write(c, user, "QUEUE", AdjustmentRows.TABLE, id, null, saved);
        return Optional.of(saved);
    }

    private void supersede(org.medaid.store.Tx c, Adjustment a) {
        try {
            AdjustmentRows.supersede(c, a.id(), settlements.now());
        } catch (java.sql.SQLException e) {
            throw new org.medaid.store.StoreException("superseding adjustment " + a.id() + " failed: " + e.getMessage(), e);
        }
    }
}
