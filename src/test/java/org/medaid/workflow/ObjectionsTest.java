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
import org.medaid.bills.StoredBill;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.PersonRecord;
import org.medaid.session.DutyException;

/**
 * 公示异议: an objection recorded against a case at 公示 holds it (approval refused) until the county decides it;
 * upheld, the case ends as 不予救助 with the objection as its reason; dismissed, approval goes on. Audited.
 */
class ObjectionsTest {

    @TempDir
    Path dir;
    WorkflowDesk w;
    Objections objections;
    AssistanceApplication atNotice;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
        objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        PersonRecord p = w.marginal("张三", "石门村");
        LocalDate applied = LocalDate.of(2024, 11, 4);
        StoredBill b = w.bill(p, applied.minusDays(5), w.clerk);
        AssistanceApplication a = w.apply(p, b, applied, "3000.00", w.clerk);
        a = w.workflow.review(a.id(), a.version(), applied.plusDays(2), "刘干部、陈干部", null, w.reviewer);
        atNotice = w.workflow.publicise(a.id(), a.version(), applied.plusDays(3), null, w.reviewer);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private Objection raise() {
        return objections.record(atNotice.id(), "村民李某", LocalDate.of(2024, 11, 8), "申请人家中有营运货车", w.reviewer);
    }

    @Test
    void anOpenObjectionHoldsTheCaseUntilDismissed() {
        Objection o = raise();
        assertTrue(o.open());
        assertEquals("村民李某", o.raisedBy());
        assertEquals("reviewer1", o.recordedBy());
        WorkflowException held = assertThrows(WorkflowException.class, () -> w.workflow.approve(atNotice.id(), atNotice.version(),
                null, LocalDate.of(2024, 11, 20), null, w.approver));
        assertEquals(WorkflowProblem.OBJECTION_OPEN, held.problem());
        assertTrue(held.message(Locale.SIMPLIFIED_CHINESE).contains("异议"), held.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Stage.PUBLICISED, w.workflow.byId(atNotice.id()).orElseThrow().stage(), "nothing half-written");

        Objection d = objections.resolve(o.id(), atNotice.version(), Objection.Outcome.DISMISSED, "入户核实：货车已于2023年出售",
                LocalDate.of(2024, 11, 12), w.approver);
        assertEquals(Objection.Outcome.DISMISSED, d.outcome());
        assertEquals("approver1", d.resolvedBy());
        AssistanceApplication approved = w.workflow.approve(atNotice.id(), atNotice.version(), null,
                LocalDate.of(2024, 11, 20), null, w.approver);
        assertEquals(Stage.APPROVED, approved.stage());
        assertEquals(2, new JdbcAuditLog(w.desk.db).forRecord("publicity_objection", o.id()).size(),
                "recorded and resolved, each audited");
    }

    @Test
    void anUpheldObjectionEndsTheCaseAsRefusedWithItsReason() {
        Objection o = raise();
        objections.resolve(o.id(), atNotice.version(), Objection.Outcome.UPHELD, "车辆登记查询属实", LocalDate.of(2024, 11, 12),
                w.approver);
        AssistanceApplication a = w.workflow.byId(atNotice.id()).orElseThrow();
        assertEquals(Stage.REJECTED, a.stage());
        assertTrue(a.rejectionReason().contains("申请人家中有营运货车"), a.rejectionReason());
        assertTrue(a.rejectionReason().contains("车辆登记查询属实"), a.rejectionReason());
        WorkflowException again = assertThrows(WorkflowException.class, () -> objections.resolve(o.id(), a.version(),
                Objection.Outcome.DISMISSED, "再查", LocalDate.of(2024, 11, 13), w.approver));
        assertEquals(WorkflowProblem.OBJECTION_RESOLVED, again.problem());
    }

    @Test
    void refusalsLeaveNothingWritten() {
        assertEquals(WorkflowProblem.OBJECTION_DETAILS_MISSING, assertThrows(WorkflowException.class, () -> objections.record(
                atNotice.id(), " ", LocalDate.of(2024, 11, 8), "内容", w.reviewer)).problem());
        assertEquals(WorkflowProblem.DATE_IN_FUTURE, assertThrows(WorkflowException.class, () -> objections.record(
                atNotice.id(), "村民", LocalDate.of(2025, 1, 8), "内容", w.reviewer)).problem());
        assertEquals(WorkflowProblem.DATE_BEFORE_PREVIOUS_STAGE, assertThrows(WorkflowException.class, () -> objections.record(
                atNotice.id(), "村民", LocalDate.of(2024, 11, 1), "内容", w.reviewer)).problem(), "before the notice began");
        assertThrows(DutyException.class, () -> objections.record(atNotice.id(), "村民", LocalDate.of(2024, 11, 8), "内容",
                w.clerk), "a clerk does not record objections");
        Objection o = raise();
        assertThrows(DutyException.class, () -> objections.resolve(o.id(), atNotice.version(), Objection.Outcome.UPHELD, "核查",
                LocalDate.of(2024, 11, 12), w.reviewer), "the county decides, not the township");
        assertEquals(WorkflowProblem.OBJECTION_DETAILS_MISSING, assertThrows(WorkflowException.class, () -> objections.resolve(
                o.id(), atNotice.version(), Objection.Outcome.DISMISSED, "", LocalDate.of(2024, 11, 12), w.approver)).problem());
        List<Objection> all = objections.of(atNotice.id());
        assertEquals(1, all.size());
        assertNull(all.get(0).outcome());
        assertFalse(objections.atNotice(w.queries).isEmpty());
        assertTrue(objections.atNotice(w.queries).get(0).held());
    }

    @Test
    void onlyACaseAtTheNoticeTakesAnObjection() {
        PersonRecord p = w.marginal("李四", "东山村");
        StoredBill b = w.bill(p, LocalDate.of(2024, 10, 30), w.clerk);
        AssistanceApplication a = w.apply(p, b, LocalDate.of(2024, 11, 4), "3000.00", w.clerk);
        assertEquals(WorkflowProblem.WRONG_STAGE, assertThrows(WorkflowException.class, () -> objections.record(a.id(), "村民",
                LocalDate.of(2024, 11, 8), "内容", w.reviewer)).problem());
    }
}
