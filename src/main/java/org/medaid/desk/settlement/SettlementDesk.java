package org.medaid.desk.settlement;

import org.medaid.desk.common.DeskServices;
import org.medaid.settlement.Reconciler;
import org.medaid.settlement.SettlementService;
import org.medaid.workflow.ApplicationFigures;

/**
 * The settlement services over the desk's open store (ADR 0031): issued settlements, the reconciliation that
 * queues adjustments and sends applications back to 乡镇审核, and the applications' figure changes. Cheap to
 * make: they hold no state but the store's.
 */
public record SettlementDesk(SettlementService settlements, Reconciler reconciler, ApplicationFigures figures) {

    public static SettlementDesk over(DeskServices work) {
        SettlementService s = new SettlementService(work.database(), work.people(), work.bills(), work.ledger(),
                work.policies(), work.clock());
        ApplicationFigures f = new ApplicationFigures(work.database(), work.people(), work.bills(), work.ledger(),
                work.clock());
        return new SettlementDesk(s, new Reconciler(s, f), f);
    }
}
