package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.medaid.session.Rule;
import org.medaid.store.JdbcAuditLog;

/**
 * Money actually returned (已追回) after an objection upheld on a paid case (ADR 0077), on a real H2 store: partial
 * returns add up, never past the amount due (a sentence otherwise, nothing written); a mistaken return is voided with
 * a reason and stays on record; the review closes when the whole amount is back, or by the county approver with a
 * reason; the wrong role is refused with the duty sentence; every act is audited.
 */
class RecoveryReturnsTest {

    /** The paid 3,500.00 of {@link PaidObjectionsTest}; the county asks back 2,000.00 (with a reason). */
    static final BigDecimal DUE = new BigDecimal("2000.00");

    @TempDir
    Path dir;
    WorkflowDesk w;
    Objections objections;
    Recoveries returns;
    AssistanceApplication paid;
    Recovery recovery;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
        objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        returns = objections.returns();
        paid = w.paidCase("刘干部").paid();
        Objection o = objections.record(paid.id(), "村民李某", LocalDate.of(2024, 12, 2), "另有商业保险赔付", w.reviewer);
        objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "理赔记录属实", DUE, "按商业保险赔付额追回",
                LocalDate.of(2024, 12, 5), w.approver);
        recovery = objections.recoveries(paid.id()).get(0);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private long audits(String table, long id) {
        return new JdbcAuditLog(w.desk.db).forRecord(table, id).size();
    }

    @Test
    void partialReturnsAddUpAndTheReviewClosesWhenTheWholeAmountIsBack() {
        RecoveryAccount after = returns.recordReturn(recovery.id(), LocalDate.of(2024, 12, 10), new BigDecimal("1200.5"),
                "收据 0001", w.payer);
        assertEquals(new BigDecimal("1200.50"), after.returned());
        assertEquals(new BigDecimal("799.50"), after.outstanding());
        assertFalse(after.closed());
        assertNull(after.closedOn());
        assertEquals("payer1", after.returns().get(0).recordedBy());
        assertEquals("收据 0001", after.returns().get(0).voucher());
        assertEquals(1, audits("recovery_return", after.returns().get(0).id()));

        after = returns.recordReturn(recovery.id(), LocalDate.of(2024, 12, 18), new BigDecimal("799.50"), "收据 0002", w.payer);
        assertTrue(after.fullyReturned());
        assertTrue(after.closed());
        assertEquals(LocalDate.of(2024, 12, 18), after.closedOn());
        WorkflowException closed = assertThrows(WorkflowException.class, () -> returns.recordReturn(recovery.id(),
                LocalDate.of(2024, 12, 19), new BigDecimal("0.01"), "收据 0003", w.payer));
        assertEquals(WorkflowProblem.RECOVERY_CLOSED, closed.problem());
        assertEquals(2, returns.of(paid.id()).get(0).returns().size());
        assertEquals(Stage.PAID, w.workflow.byId(paid.id()).orElseThrow().stage(), "the paid record is not changed");
    }

    @Test
    void aReturnPastWhatIsOwedIsRefusedWithASentenceAndNothingWritten() {
        // the amounts read as on the screen (Money.format), in both languages
        WorkflowException whole = assertThrows(WorkflowException.class, () -> returns.recordReturn(recovery.id(),
                LocalDate.of(2024, 12, 10), new BigDecimal("2000.01"), "收据 0001", w.payer));
        assertEquals("本次追回 2,000.01 元超过尚未追回的 2,000.00 元，追回合计不能超过应退回金额", whole.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("This return of 2,000.01 yuan is more than the 2,000.00 yuan still owed: the returns may not exceed the "
                + "amount due", whole.message(Locale.ENGLISH));
        assertEquals(List.of(), returns.of(paid.id()).get(0).returns(), "refused: nothing written");
        returns.recordReturn(recovery.id(), LocalDate.of(2024, 12, 10), new BigDecimal("1500.00"), "收据 0001", w.payer);
        WorkflowException over = assertThrows(WorkflowException.class, () -> returns.recordReturn(recovery.id(),
                LocalDate.of(2024, 12, 11), new BigDecimal("500.01"), "收据 0002", w.payer));
        assertEquals(WorkflowProblem.RETURN_OVER_DUE, over.problem());
        assertEquals("本次追回 500.01 元超过尚未追回的 500.00 元，追回合计不能超过应退回金额", over.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(WorkflowProblem.AMOUNT_INVALID, assertThrows(WorkflowException.class, () -> returns.recordReturn(
                recovery.id(), LocalDate.of(2024, 12, 11), new BigDecimal("-5"), "收据 0002", w.payer)).problem());
        assertEquals(WorkflowProblem.AMOUNT_INVALID, assertThrows(WorkflowException.class, () -> returns.recordReturn(
                recovery.id(), LocalDate.of(2024, 12, 11), new BigDecimal("1.001"), "收据 0002", w.payer)).problem());
        assertEquals(WorkflowProblem.RETURN_VOUCHER_MISSING, assertThrows(WorkflowException.class, () -> returns.recordReturn(
                recovery.id(), LocalDate.of(2024, 12, 11), new BigDecimal("10.00"), " ", w.payer)).problem());
        assertEquals(WorkflowProblem.DATE_BEFORE_PREVIOUS_STAGE, assertThrows(WorkflowException.class, () -> returns.recordReturn(
                recovery.id(), LocalDate.of(2024, 12, 4), new BigDecimal("10.00"), "收据", w.payer)).problem());
        assertEquals(WorkflowProblem.DATE_IN_FUTURE, assertThrows(WorkflowException.class, () -> returns.recordReturn(
                recovery.id(), LocalDate.of(2024, 12, 21), new BigDecimal("10.00"), "收据", w.payer)).problem());
        assertEquals(WorkflowProblem.RECOVERY_UNKNOWN, assertThrows(WorkflowException.class, () -> returns.recordReturn(
                recovery.id() + 99, LocalDate.of(2024, 12, 11), new BigDecimal("10.00"), "收据", w.payer)).problem());
        RecoveryAccount now = returns.of(paid.id()).get(0);
        assertEquals(1, now.returns().size(), "nothing half-written by the refusals");
        assertEquals(new BigDecimal("500.00"), now.outstanding());
    }

    @Test
    void aMistakenReturnIsVoidedWithAReasonAndStaysOnRecord() {
        RecoveryAccount a = returns.recordReturn(recovery.id(), LocalDate.of(2024, 12, 10), new BigDecimal("2000.00"),
                "收据 0001", w.payer);
        assertTrue(a.closed(), "the whole amount, as typed");
        long id = a.returns().get(0).id();
        assertEquals(WorkflowProblem.RECOVERY_NOTE_MISSING, assertThrows(WorkflowException.class,
                () -> returns.voidReturn(id, " ", w.payer)).problem());
        RecoveryAccount after = returns.voidReturn(id, "实收 200.00 元，录入多了一个零", w.payer);
        assertFalse(after.closed(), "voided: the review is open again");
        assertEquals(new BigDecimal("0.00"), after.returned());
        RecoveryReturn v = after.returns().get(0);
        assertTrue(v.voided());
        assertEquals("实收 200.00 元，录入多了一个零", v.voidReason());
        assertEquals(new BigDecimal("2000.00"), v.amount(), "the row is kept as it was entered");
        assertEquals(2, audits("recovery_return", id), "entered and voided");
        assertEquals(WorkflowProblem.RETURN_VOIDED, assertThrows(WorkflowException.class,
                () -> returns.voidReturn(id, "再次作废", w.payer)).problem());
        after = returns.recordReturn(recovery.id(), LocalDate.of(2024, 12, 10), new BigDecimal("200.00"), "收据 0001", w.payer);
        assertEquals(new BigDecimal("1800.00"), after.outstanding());
    }

    @Test
    void theCountyApproverClosesTheReviewWithAReasonAndTheWrongRoleIsRefused() {
        returns.recordReturn(recovery.id(), LocalDate.of(2024, 12, 10), new BigDecimal("500.00"), "收据 0001", w.payer);
        DutyException clerk = assertThrows(DutyException.class, () -> returns.recordReturn(recovery.id(),
                LocalDate.of(2024, 12, 11), new BigDecimal("10.00"), "收据 0002", w.clerk));
        assertEquals(Rule.ROLE, clerk.rule());
        assertTrue(clerk.getMessage().startsWith("只有拨付经办人"), clerk.getMessage());
        DutyException payer = assertThrows(DutyException.class, () -> returns.close(recovery.id(), "无力退回", LocalDate.of(2024, 12, 19),
                w.payer));
        assertTrue(payer.getMessage().startsWith("只有县级审批人"), payer.getMessage());
        assertEquals(WorkflowProblem.RECOVERY_NOTE_MISSING, assertThrows(WorkflowException.class,
                () -> returns.close(recovery.id(), "", LocalDate.of(2024, 12, 19), w.approver)).problem());
        assertFalse(returns.of(paid.id()).get(0).closed(), "nothing written by the refusals");

        RecoveryAccount closed = returns.close(recovery.id(), "申请人已故，经县医保局批准核销余额", LocalDate.of(2024, 12, 19), w.approver);
        assertTrue(closed.closed());
        assertFalse(closed.fullyReturned());
        assertEquals(new BigDecimal("1500.00"), closed.outstanding());
        assertEquals("approver1", closed.closure().closedBy());
        assertEquals(LocalDate.of(2024, 12, 19), closed.closedOn());
        assertEquals(1, audits("recovery_closure", closed.closure().id()));
        assertEquals(WorkflowProblem.RECOVERY_CLOSED, assertThrows(WorkflowException.class, () -> returns.close(recovery.id(),
                "再次", LocalDate.of(2024, 12, 19), w.approver)).problem());
        long first = closed.returns().get(0).id();
        assertEquals(WorkflowProblem.RECOVERY_CLOSED, assertThrows(WorkflowException.class,
                () -> returns.voidReturn(first, "错", w.payer)).problem());
        assertEquals(List.of(closed), returns.all());
        assertEquals("张三", closed.name());
    }

    @Test
    void aSecondUpheldObjectionNeverAsksBackMoreThanWasPaidInAll() {
        Objection second = objections.record(paid.id(), "村民王某", LocalDate.of(2024, 12, 6), "家中有营运货车", w.reviewer);
        WorkflowException over = assertThrows(WorkflowException.class, () -> objections.resolve(second.id(), paid.version(),
                Objection.Outcome.UPHELD, "属实", new BigDecimal("1500.01"), "货车收入", LocalDate.of(2024, 12, 9), w.approver));
        assertEquals(WorkflowProblem.RECOVERY_OVER_LEFT, over.problem());
        assertEquals("该案件已登记应退回 2,000.00 元，本次应退回金额须大于零且不超过其余的 1,500.00 元", over.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2,000.00 yuan is already to be recovered on this case: this amount must be above zero and at most the remaining "
                + "1,500.00 yuan", over.message(Locale.ENGLISH));
        objections.resolve(second.id(), paid.version(), Objection.Outcome.UPHELD, "属实", null, "其余部分一并追回",
                LocalDate.of(2024, 12, 9), w.approver);
        assertEquals(new BigDecimal("1500.00"), objections.recoveries(paid.id()).get(1).amountDue());
        assertEquals(2, returns.all().size());
    }
}
