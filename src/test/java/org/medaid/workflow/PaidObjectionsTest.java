package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.medaid.session.DutyException;
import org.medaid.store.JdbcAuditLog;

/**
 * An objection to the quarterly village notice of a case already paid (POLICY-NOTES §8): recorded with who, what;
 * dismissed, nothing changes; upheld, the case is under review and the amount to recover (追回, 应退回) is recorded
 * on its own row — the paid amount, or less with a reason, never more — and the paid record stays as it was.
 */
class PaidObjectionsTest {

    /** The stay of {@link WorkflowDesk#bill}: compliant 28,000 − basic 15,000 = 13,000; (13,000 − 6,000) × 50% = 3,500. */
    static final BigDecimal PAID = new BigDecimal("3500.00");

    @TempDir
    Path dir;
    WorkflowDesk w;
    Objections objections;
    AssistanceApplication paid;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
        objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        paid = w.paidCase("刘干部、陈干部").paid();
        assertEquals(Stage.PAID, paid.stage());
        assertEquals(PAID, paid.approvedAmount(), "hand-checked: (28,000 − 15,000 − 6,000) × 50%");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private Objection raise() {
        return objections.record(paid.id(), "村民李某", LocalDate.of(2024, 12, 2), "申请人家中有营运货车", w.reviewer);
    }

    @Test
    void anObjectionToAPaidCaseIsRecordedAndADismissalChangesNothing() {
        Objection o = raise();
        assertTrue(o.open());
        assertEquals(1, objections.afterPayment().size());
        assertTrue(objections.afterPayment().get(0).open());
        objections.resolve(o.id(), paid.version(), Objection.Outcome.DISMISSED, "入户核实：货车已出售", LocalDate.of(2024, 12, 5),
                w.approver);
        AssistanceApplication after = w.workflow.byId(paid.id()).orElseThrow();
        assertEquals(Stage.PAID, after.stage());
        assertEquals(paid.version(), after.version(), "the paid record is untouched");
        assertEquals(List.of(), objections.recoveries(paid.id()));
        assertEquals(new BigDecimal("0.00"), objections.afterPayment().get(0).due());
    }

    @Test
    void upheldWithoutAnAmountRecoversWhatWasPaid() {
        Objection o = raise();
        objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "车辆登记查询属实", LocalDate.of(2024, 12, 5), w.approver);
        AssistanceApplication after = w.workflow.byId(paid.id()).orElseThrow();
        assertEquals(Stage.PAID, after.stage(), "the payment stays recorded as made");
        assertEquals(paid.version(), after.version());
        assertEquals(PAID, after.approvedAmount());
        List<Recovery> r = objections.recoveries(paid.id());
        assertEquals(1, r.size());
        assertEquals(PAID, r.get(0).paidAmount());
        assertEquals(PAID, r.get(0).amountDue());
        assertNull(r.get(0).amountReason());
        assertTrue(r.get(0).reviewReason().contains("申请人家中有营运货车"), r.get(0).reviewReason());
        assertTrue(r.get(0).reviewReason().contains("车辆登记查询属实"), r.get(0).reviewReason());
        assertEquals("approver1", r.get(0).recordedBy());
        assertEquals(1, new JdbcAuditLog(w.desk.db).forRecord("objection_recovery", r.get(0).id()).size(), "audited");
        assertEquals(PAID, objections.afterPayment().get(0).due());
    }

    @Test
    void aSmallerAmountNeedsAReasonAndNeverMoreThanPaid() {
        Objection o = raise();
        WorkflowException over = assertThrows(WorkflowException.class, () -> objections.resolve(o.id(), paid.version(),
                Objection.Outcome.UPHELD, "属实", new BigDecimal("3500.01"), "多退", LocalDate.of(2024, 12, 5), w.approver));
        assertEquals(WorkflowProblem.RECOVERY_OVER_PAID, over.problem());
        assertEquals("应退回金额须大于零且不超过已拨付金额 3,500.00 元", over.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The amount to recover must be above zero and at most the 3,500.00 yuan paid", over.message(Locale.ENGLISH));
        assertEquals(WorkflowProblem.RECOVERY_OVER_PAID, assertThrows(WorkflowException.class, () -> objections.resolve(o.id(),
                paid.version(), Objection.Outcome.UPHELD, "属实", new BigDecimal("0.00"), "无", LocalDate.of(2024, 12, 5),
                w.approver)).problem());
        WorkflowException noReason = assertThrows(WorkflowException.class, () -> objections.resolve(o.id(), paid.version(),
                Objection.Outcome.UPHELD, "属实", new BigDecimal("1200.00"), " ", LocalDate.of(2024, 12, 5), w.approver));
        assertEquals(WorkflowProblem.RECOVERY_REASON_MISSING, noReason.problem());
        assertThrows(DutyException.class, () -> objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "属实",
                null, null, LocalDate.of(2024, 12, 5), w.reviewer), "the county decides, not the township");
        assertTrue(objections.of(paid.id()).get(0).open(), "nothing half-written by the refusals");
        assertEquals(List.of(), objections.recoveries(paid.id()));

        objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "货车为他人挂靠", new BigDecimal("1200.5"),
                "仅10月住院期间的车辆收入计入，核减后应退回1200.50元", LocalDate.of(2024, 12, 5), w.approver);
        Recovery r = objections.recoveries(paid.id()).get(0);
        assertEquals(new BigDecimal("1200.50"), r.amountDue());
        assertEquals(PAID, r.paidAmount());
        assertEquals("仅10月住院期间的车辆收入计入，核减后应退回1200.50元", r.amountReason());
        assertEquals(Objection.Outcome.UPHELD, objections.of(paid.id()).get(0).outcome());
    }

    @Test
    void theObjectionIsRaisedNoEarlierThanThePayment() {
        assertEquals(WorkflowProblem.DATE_BEFORE_PREVIOUS_STAGE, assertThrows(WorkflowException.class, () -> objections.record(
                paid.id(), "村民", LocalDate.of(2024, 11, 17), "内容", w.reviewer)).problem());
    }
}
