package org.medaid.desk.ledger;

import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.medaid.desk.common.Texts;
import org.medaid.desk.settlement.SettlementDesk;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.Reconciler;
import org.medaid.settlement.SettlementMark;

/**
 * The ledger's side of frozen settlements (ADR 0031): each time the year is read, what changed since a slip
 * was issued is reconciled first (adjustments queued, applications sent back to 乡镇审核), and every bill is
 * marked issued, adjusted, waiting for an adjustment, or not issued, from the store.
 */
public final class LedgerSettlements {

    /** What one read brings: the reconciliation's outcome and the marks by bill id. */
    record Read(Reconciler.Outcome outcome, Map<Long, SettlementMark> marks) {
    }

    private final SettlementDesk desk;
    private final Supplier<String> office;
    private final Texts text;
    private final ObservableMap<Long, SettlementMark> marks = FXCollections.observableHashMap();

    public LedgerSettlements(SettlementDesk desk, Supplier<String> office, Texts text) {
        this.desk = desk;
        this.office = office;
        this.text = text;
    }

    /** On the worker: reconcile the person's issued bills and applications, then read the marks. */
    Read read(long personId, String user) {
        Reconciler.Outcome o = desk.reconciler().reconcile(personId, user);
        return new Read(o, desk.settlements().marks(personId));
    }

    /** On the worker: 标记已结算, the settlement issued without a slip. */
    void markSettled(long billId, String clerk, String user) {
        desk.settlements().issue(billId, IssuedVia.MARKED, office.get(), clerk, user);
    }

    void show(Read r) {
        marks.clear();
        marks.putAll(r.marks());
    }

    /** The sentence the ledger shows when the read queued adjustments or sent applications back; "" if none. */
    String message(Read r) {
        if (r.outcome().nothing()) {
            return "";
        }
        return text.format("ledger.settlement.reconciled", r.outcome().queued().size(), r.outcome().applicationsBack().size());
    }

    boolean issued(long billId) {
        return marks.containsKey(billId);
    }

    /** The 结算 column: 未出具, 已出具 number, 待确认调整, 已调整 number. */
    String text(long billId) {
        SettlementMark m = marks.get(billId);
        if (m == null) {
            return text.get("ledger.settlement.notIssued");
        }
        return switch (m.state()) {
            case ISSUED -> text.format("ledger.settlement.issued", m.number());
            case ADJUSTMENT_PENDING -> text.format("ledger.settlement.pending", m.number());
            case ADJUSTED -> text.format("ledger.settlement.adjusted", m.number(), m.adjustmentNumber());
        };
    }

    ObservableMap<Long, SettlementMark> marks() {
        return marks;
    }
}
