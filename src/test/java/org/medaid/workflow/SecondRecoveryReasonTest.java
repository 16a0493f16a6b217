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
import org.medaid.store.AuditEntry;
import org.medaid.store.JdbcAuditLog;

/**
 * A second objection upheld on a paid case (ADR 0077, amendment objection15), on a real H2 store: the amount it asks
 * back by default is what is left (paid less what the earlier recoveries ask), which differs from the amount paid, so
 * V80's {@code objection_recovery_reason} needs a reason. Without one the county approver is refused with a sentence
 * naming the three amounts and nothing is written (the objection stays open, no audit row); the wrong role gets the
 * duty sentence; with one, the reason is stored on the recovery and in its audit row, and the amounts add up to the
 * amount paid.
 */
class SecondRecoveryReasonTest {

    static final BigDecimal PAID = new BigDecimal("3500.00");
    static final BigDecimal FIRST = new BigDecimal("2000.00");

    @TempDir
    Path dir;
    WorkflowDesk w;
    Objections objections;
    AssistanceApplication paid;
    Objection second;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
        objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        paid = w.paidCase("刘干部").paid();
        assertEquals(PAID, paid.approvedAmount().setScale(2));
        Objection first = objections.record(paid.id(), "村民李某", LocalDate.of(2024, 12, 2), "另有商业保险赔付", w.reviewer);
        objections.resolve(first.id(), paid.version(), Objection.Outcome.UPHELD, "理赔记录属实", FIRST, "按商业保险赔付额追回",
                LocalDate.of(2024, 12, 5), w.approver);
        second = objections.record(paid.id(), "村民王某", LocalDate.of(2024, 12, 6), "家中有营运货车", w.reviewer);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private List<AuditEntry> audits(String table, long id) {
        return new JdbcAuditLog(w.desk.db).forRecord(table, id);
    }

    private void nothingWritten() {
        assertTrue(objections.of(paid.id()).get(1).open(), "the second objection is still open");
        assertEquals(1, audits("publicity_objection", second.id()).size(), "only its OBJECTION row: no DECIDE_OBJECTION");
        assertEquals(1, objections.recoveries(paid.id()).size(), "no second recovery");
        assertEquals(paid.version(), w.workflow.byId(paid.id()).orElseThrow().version());
    }

    @Test
    void whatIsLeftWithoutAReasonIsRefusedWithTheSentenceAndNothingIsWritten() {
        for (String none : new String[] {null, "", "  "}) {
            WorkflowException e = assertThrows(WorkflowException.class, () -> objections.resolve(second.id(), paid.version(),
                    Objection.Outcome.UPHELD, "车辆登记查询属实", null, none, LocalDate.of(2024, 12, 9), w.approver));
            assertEquals(WorkflowProblem.RECOVERY_LEFT_REASON_MISSING, e.problem());
            assertEquals("该案件已登记应退回 2,000.00 元，本次应退回 1,500.00 元，与已拨付金额 3,500.00 元不同，请填写金额理由",
                    e.message(Locale.SIMPLIFIED_CHINESE));
            assertEquals("2,000.00 yuan is already to be recovered on this case: the 1,500.00 yuan to recover now differs from "
                    + "the 3,500.00 yuan paid, give the reason for the amount", e.message(Locale.ENGLISH));
        }
        nothingWritten();
    }

    @Test
    void aSmallerAmountOnTheSecondObjectionNeedsTheReasonToo() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> objections.resolve(second.id(), paid.version(),
                Objection.Outcome.UPHELD, "属实", new BigDecimal("800"), null, LocalDate.of(2024, 12, 9), w.approver));
        assertEquals("该案件已登记应退回 2,000.00 元，本次应退回 800.00 元，与已拨付金额 3,500.00 元不同，请填写金额理由",
                e.message(Locale.SIMPLIFIED_CHINESE));
        nothingWritten();
    }

    @Test
    void onlyTheCountyApproverDecidesAndTheWrongRoleWritesNothing() {
        for (var wrong : List.of(w.reviewer, w.payer, w.clerk)) {
            assertThrows(DutyException.class, () -> objections.resolve(second.id(), paid.version(), Objection.Outcome.UPHELD,
                    "属实", null, "其余部分一并追回", LocalDate.of(2024, 12, 9), wrong));
        }
        nothingWritten();
    }

    @Test
    void theReasonIsStoredAndAuditedAndTheAmountsAddUpToThePayment() {
        objections.resolve(second.id(), paid.version(), Objection.Outcome.UPHELD, "车辆登记查询属实", null,
                "  货车收入足以负担，其余部分一并追回 ", LocalDate.of(2024, 12, 9), w.approver);
        List<Recovery> r = objections.recoveries(paid.id());
        assertEquals(2, r.size());
        Recovery first = r.get(0);
        Recovery added = r.get(1);
        assertEquals(FIRST, first.amountDue());
        assertEquals(new BigDecimal("1500.00"), added.amountDue());
        assertEquals(2, added.amountDue().scale());
        assertEquals(PAID, added.paidAmount());
        assertEquals(PAID, first.amountDue().add(added.amountDue()), "never more than was paid in all, here exactly that");
        assertEquals("货车收入足以负担，其余部分一并追回", added.amountReason());
        assertEquals(second.id(), added.objectionId());
        assertEquals("approver1", added.recordedBy());
        assertTrue(added.reviewReason().contains("家中有营运货车") && added.reviewReason().contains("车辆登记查询属实"));

        List<AuditEntry> audit = audits("objection_recovery", added.id());
        assertEquals(1, audit.size());
        assertEquals("RECOVERY", audit.get(0).action());
        assertEquals("approver1", audit.get(0).user());
        assertNull(audit.get(0).oldValue());
        assertTrue(audit.get(0).newValue().contains("货车收入足以负担，其余部分一并追回"), audit.get(0).newValue());
        assertTrue(audit.get(0).newValue().contains("1500.00"), audit.get(0).newValue());
        assertEquals(List.of("OBJECTION", "DECIDE_OBJECTION"), audits("publicity_objection", second.id()).stream()
                .map(AuditEntry::action).toList());

        assertEquals(Objection.Outcome.UPHELD, objections.of(paid.id()).get(1).outcome());
        assertEquals(PAID, objections.afterPayment().get(0).due());
        RecoveryAccount account = objections.returns().of(paid.id()).get(1);
        assertEquals(new BigDecimal("1500.00"), account.outstanding());
        AssistanceApplication after = w.workflow.byId(paid.id()).orElseThrow();
        assertEquals(Stage.PAID, after.stage(), "the payment stays recorded as made");
        assertEquals(PAID, after.approvedAmount().setScale(2));
    }

    @Test
    void aDismissedSecondObjectionNeedsNoAmountReason() {
        objections.resolve(second.id(), paid.version(), Objection.Outcome.DISMISSED, "货车为他人挂靠", null, null,
                LocalDate.of(2024, 12, 9), w.approver);
        assertEquals(Objection.Outcome.DISMISSED, objections.of(paid.id()).get(1).outcome());
        assertEquals(1, objections.recoveries(paid.id()).size());
    }
}
