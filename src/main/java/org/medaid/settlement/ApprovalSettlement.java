package org.medaid.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medaid.session.Session;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.WorkflowService;

/**
 * 县级审批 with its re-settlement, in one transaction (POLICY-NOTES §7.3, ADR 0038): the workflow approves the case and
 * marks its bills approved (邵医保发〔2021〕32号 二(八)), then the {@link Reconciler} queues a 结算调整 for each issued
 * settlement of the person whose figures the approval changed. Either all of it is recorded or nothing.
 */
public final class ApprovalSettlement {

    private final WorkflowService workflow;
    private final Reconciler reconciler;
    private final SettlementService settlements;

    public ApprovalSettlement(WorkflowService workflow, Reconciler reconciler, SettlementService settlements) {
        this.workflow = workflow;
        this.reconciler = reconciler;
        this.settlements = settlements;
    }

    /** The approved case and the adjustments its approval queued. */
    public record Approved(AssistanceApplication application, Reconciler.Outcome resettled) {
    }

    public Approved approve(long id, long version, BigDecimal amount, LocalDate approvedOn, String note, Session actor) {
        return settlements.db().inTransaction(c -> {
            AssistanceApplication a = workflow.approve(id, version, amount, approvedOn, note, actor);
            return new Approved(a, reconciler.reconcile(a.personId(), actor.login()));
        });
    }
}
