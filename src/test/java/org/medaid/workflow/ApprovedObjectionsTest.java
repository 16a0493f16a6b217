package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.session.DutyException;
import org.medaid.store.AuditEntry;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.PersonRecord;

/**
 * An objection to a case approved but not yet paid (it is on the quarterly village notice, POLICY-NOTES §8; ADR
 * 0077), on a real H2 store of a county without a notice before approval: while it is open the payment is refused
 * and the case is off the payout list the bank pays from; dismissed, the payment goes on; upheld, the approval is
 * withdrawn and the case ends as 不予救助 with the objection and the check as the reason — no money goes out.
 */
class ApprovedObjectionsTest {

    @TempDir
    Path dir;
    WorkflowDesk w;
    Objections objections;
    AssistanceApplication approved;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"), 0);
        objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        PersonRecord p = w.marginal("张三", "石门村");
        LocalDate applied = LocalDate.of(2024, 11, 4);
        StoredBill b = w.bill(p, applied.minusDays(5), w.clerk);
        AssistanceApplication a = w.apply(p, b, applied, "3000.00", w.clerk);
        a = w.workflow.review(a.id(), a.version(), applied.plusDays(2), "刘干部", null, w.reviewer);
        approved = w.workflow.approve(a.id(), a.version(), null, LocalDate.of(2024, 11, 14), null, w.approver);
        assertEquals(Stage.APPROVED, approved.stage());
        assertEquals(new BigDecimal("3500.00"), approved.approvedAmount(), "(28,000 − 15,000 − 6,000) × 50%");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private Objection raise() {
        return objections.record(approved.id(), "村民李某", LocalDate.of(2024, 12, 2), "申请人家中有营运货车", w.reviewer);
    }

    @Test
    void anOpenObjectionHoldsThePaymentAndKeepsTheCaseOffThePayoutList() {
        assertEquals(1, w.queries.payoutList().rows().size());
        Objection o = raise();
        assertTrue(o.open());
        WorkflowException held = assertThrows(WorkflowException.class, () -> w.workflow.pay(approved.id(), approved.version(),
                null, LocalDate.of(2024, 12, 3), null, w.payer));
        assertEquals(WorkflowProblem.PAYOUT_HELD, held.problem());
        assertEquals("该案件有未处理的公示异议，须由县级核查并作出处理后才能拨付", held.message(Locale.SIMPLIFIED_CHINESE));
        PayoutList list = w.queries.payoutList();
        assertEquals(List.of(), list.rows(), "the bank is never handed a held case");
        assertEquals(new BigDecimal("0.00"), list.total());
        assertEquals(1, list.held());
        assertTrue(new org.medaid.export.ListExports(new org.medaid.export.ExportText(Locale.SIMPLIFIED_CHINESE))
                .payout(list, null, LocalDate.of(2024, 12, 3)).filter().contains("另有 1 件有未处理的公示异议，暂缓拨付，未列入本名单"),
                "the office's list says a case is held");
        assertEquals(approved.version(), w.workflow.byId(approved.id()).orElseThrow().version(), "nothing written");
        assertTrue(objections.onNotices(w.queries).stream().anyMatch(h -> h.application().id() == approved.id() && h.held()));

        objections.resolve(o.id(), approved.version(), Objection.Outcome.DISMISSED, "入户核实：货车已出售", LocalDate.of(2024, 12, 5),
                w.approver);
        assertEquals(1, w.queries.payoutList().rows().size());
        assertEquals(Stage.PAID, w.workflow.pay(approved.id(), approved.version(), null, LocalDate.of(2024, 12, 6), null, w.payer)
                .stage());
    }

    @Test
    void upheldTheApprovalIsWithdrawnAndTheCaseEndsAsRefusedWithTheReason() {
        Objection o = raise();
        assertThrows(DutyException.class, () -> objections.resolve(o.id(), approved.version(), Objection.Outcome.UPHELD,
                "车辆登记查询属实", LocalDate.of(2024, 12, 5), w.reviewer), "the county decides, not the township");
        assertEquals(Stage.APPROVED, w.workflow.byId(approved.id()).orElseThrow().stage());

        objections.resolve(o.id(), approved.version(), Objection.Outcome.UPHELD, "车辆登记查询属实", LocalDate.of(2024, 12, 5),
                w.approver);
        AssistanceApplication after = w.workflow.byId(approved.id()).orElseThrow();
        assertEquals(Stage.REJECTED, after.stage());
        assertEquals(Stage.APPROVED, after.rejectedAtStage());
        assertEquals(LocalDate.of(2024, 12, 5), after.rejectedOn());
        assertEquals("公示异议成立，撤销审批：申请人家中有营运货车；核查：车辆登记查询属实", after.rejectionReason());
        assertEquals(List.of(), objections.recoveries(approved.id()), "nothing was paid: nothing to recover");
        assertEquals(List.of(), w.queries.payoutList().rows());
        assertEquals(0, w.queries.payoutList().held());
        assertEquals(WorkflowProblem.WRONG_STAGE, assertThrows(WorkflowException.class, () -> w.workflow.pay(after.id(),
                after.version(), null, LocalDate.of(2024, 12, 6), null, w.payer)).problem());
        List<AuditEntry> audit = new JdbcAuditLog(w.desk.db).forRecord("application", approved.id());
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("REVOKE_APPROVAL") && e.user().equals("approver1")), audit.toString());
    }

    @Test
    void theObjectionIsRaisedNoEarlierThanTheApprovalAndNeverOnACaseStillAtReview() {
        assertEquals(WorkflowProblem.DATE_BEFORE_PREVIOUS_STAGE, assertThrows(WorkflowException.class, () -> objections.record(
                approved.id(), "村民", LocalDate.of(2024, 11, 13), "内容", w.reviewer)).problem());
        PersonRecord p = w.marginal("李四", "石门村");
        StoredBill b = w.bill(p, LocalDate.of(2024, 11, 30), w.clerk);
        AssistanceApplication applied = w.apply(p, b, LocalDate.of(2024, 12, 2), "3000.00", w.clerk);
        assertEquals(WorkflowProblem.WRONG_STAGE, assertThrows(WorkflowException.class, () -> objections.record(applied.id(),
                "村民", LocalDate.of(2024, 12, 3), "内容", w.reviewer)).problem());
    }
}
