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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.model.WorkingDays;
import org.medaid.policy.WorkingCalendar;
import org.medaid.store.PersonRecord;

/**
 * The application procedure of 邵医保发〔2021〕32号 三(八) as the policy file gives it (ADR 0038), walked with
 * the State Council calendar: the township's visit and review within 10 working days of the acceptance date,
 * the county's review within 10 of receiving the file, the payment within 10 of that review, and the quarterly
 * village notice of the cases approved in the quarter after approval and payment. No notice before approval
 * unless the county sets one. The desk's clock says 2024-12-20.
 */
class ProcedureTest {

    @TempDir
    Path dir;

    @Test
    void aShaoyangCaseWalksThroughEachDeadlineAndIntoTheQuarterlyNotice() {
        try (WorkflowDesk w = new WorkflowDesk(dir, 0)) {
            WorkingDays days = WorkingCalendar.bundled();
            WorkflowService flow = new WorkflowService(w.desk.db, w.desk.people, w.desk.bills, w.ledger, w.auth, days,
                    w.procedures, w.desk.clock);
            ApplicationQueries queries = new ApplicationQueries(w.desk.db, days, w.procedures, w.desk.clock);
            PersonRecord p = w.marginal("周十", "石门村");
            StoredBill bill = w.bill(p, LocalDate.of(2024, 9, 20), w.clerk);

            // Accepted Friday 2024-09-27: Sunday 09-29 is a make-up working day, 10-01..10-07 the National Day
            // holidays, Saturday 10-12 a make-up working day: the 10th working day is Wednesday 10-16.
            AssistanceApplication a = flow.apply(new ApplicationRequest(p.id(), List.of(bill.id()), LocalDate.of(2024, 9, 27),
                    new BigDecimal("3000.00"), null, null, "村委会转交"), w.clerk);
            assertEquals(LocalDate.of(2024, 10, 16), a.visitDue());
            WaitingCase applied = queries.waitingAt(Stage.APPLIED).get(0);
            assertEquals(LocalDate.of(2024, 10, 16), applied.due());
            assertTrue(applied.overdue(), "today 2024-12-20 is past the township's deadline");

            a = flow.review(a.id(), a.version(), LocalDate.of(2024, 10, 15), "刘干部", "入户核实属实", w.reviewer);
            // The county received the file on 10-15: its review is due 10 working days later, Tuesday 10-29.
            WaitingCase reviewed = queries.waitingAt(Stage.TOWNSHIP_REVIEWED).get(0);
            assertEquals(LocalDate.of(2024, 10, 29), reviewed.due());
            assertTrue(reviewed.overdue());

            // No notice before approval: the county's setting is off by default (POLICY-NOTES §8).
            AssistanceApplication atReview = a;
            WorkflowException noNotice = assertThrows(WorkflowException.class,
                    () -> flow.publicise(atReview.id(), atReview.version(), LocalDate.of(2024, 10, 16), null, w.reviewer));
            assertEquals(WorkflowProblem.NO_PRE_APPROVAL_NOTICE, noNotice.problem());

            a = flow.approve(a.id(), a.version(), null, LocalDate.of(2024, 10, 28), "同意", w.approver);
            assertEquals(Stage.APPROVED, a.stage());
            assertNull(a.publicityStart(), "approved without a notice before it");
            // Paid within 10 working days of the county's review: Monday 11-11.
            WaitingCase approved = queries.waitingAt(Stage.APPROVED).get(0);
            assertEquals(LocalDate.of(2024, 11, 11), approved.due());
            assertTrue(approved.overdue());

            a = flow.pay(a.id(), a.version(), null, LocalDate.of(2024, 11, 8), null, w.payer);
            assertEquals(Stage.PAID, a.stage());

            // The quarter's notice: the cases the county approved in Q4 2024, the ID number masked.
            NoticeList q4 = queries.noticeList(2024, 4);
            assertEquals(List.of(a.id()), q4.rows().stream().map(NoticeRow::applicationId).toList());
            assertEquals("石门村", q4.rows().get(0).village());
            assertFalse(q4.rows().get(0).maskedIdNumber().contains(p.idNumber().substring(4, 14)));
            assertEquals(5, w.procedures.of(p.region(), a.appliedOn()).quarterlyNotice().workingDays());
            assertTrue(queries.noticeList(2024, 3).rows().isEmpty(), "approved in October: not in the third quarter");
        }
    }

    @Test
    void aDeadlineNotYetReachedIsNotOverdueAndAYearWithoutCalendarDataHasNone() {
        try (WorkflowDesk w = new WorkflowDesk(dir, 0)) {
            PersonRecord p = w.marginal("吴十一", "石门村");
            StoredBill bill = w.bill(p, LocalDate.of(2024, 12, 10), w.clerk);
            AssistanceApplication a = w.apply(p, bill, LocalDate.of(2024, 12, 16), "3000.00", w.clerk);
            WaitingCase c = w.queries.waitingAt(Stage.APPLIED).get(0);
            assertEquals(LocalDate.of(2024, 12, 30), c.due(), "10 working days of a weekends-only calendar");
            assertFalse(c.overdue());

            WorkingDays only2023 = new WorkingDays("2023-only", Set.of(2023), List.of(), List.of());
            WaitingCase none = new ApplicationQueries(w.desk.db, only2023, w.procedures, w.desk.clock)
                    .waitingAt(Stage.APPLIED).get(0);
            assertEquals(a.id(), none.applicationId());
            assertNull(none.due(), "no calendar for 2024: no deadline is guessed");
            assertFalse(none.overdue());
        }
    }

    @Test
    void whereTheCountyPostsANoticeBeforeApprovalApprovalWaitsForIt() {
        try (WorkflowDesk w = new WorkflowDesk(dir, 7)) {
            PersonRecord p = w.marginal("郑十二", "石门村");
            StoredBill bill = w.bill(p, LocalDate.of(2024, 11, 20), w.clerk);
            AssistanceApplication a = w.apply(p, bill, LocalDate.of(2024, 11, 28), "3000.00", w.clerk);
            AssistanceApplication reviewed = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 2), "刘干部", null,
                    w.reviewer);
            WorkflowException early = assertThrows(WorkflowException.class, () -> w.workflow.approve(reviewed.id(),
                    reviewed.version(), new BigDecimal("3000.00"), LocalDate.of(2024, 12, 3), null, w.approver));
            assertEquals(WorkflowProblem.WRONG_STAGE, early.problem());

            AssistanceApplication noticed = w.workflow.publicise(reviewed.id(), reviewed.version(), LocalDate.of(2024, 12, 3),
                    null, w.reviewer);
            // The county's 7 working days: Tuesday 12-03 .. Wednesday 12-11.
            assertEquals(LocalDate.of(2024, 12, 11), noticed.publicityEnd());
            assertEquals(Stage.APPROVED, w.workflow.approve(noticed.id(), noticed.version(), null,
                    LocalDate.of(2024, 12, 12), null, w.approver).stage());
        }
    }

    @Test
    void aStillOpenNoticeOfTheCountysLengthIsRecomputedWithItsOwnLength() {
        try (WorkflowDesk w = new WorkflowDesk(dir, 7)) {
            WorkingDays old = new WorkingDays("weekends-v0", Set.of(2024, 2025), List.of(), List.of());
            WorkflowService before = new WorkflowService(w.desk.db, w.desk.people, w.desk.bills, w.ledger, w.auth, old,
                    w.procedures, w.desk.clock);
            PersonRecord p = w.marginal("王十三", "石门村");
            StoredBill bill = w.bill(p, LocalDate.of(2024, 11, 20), w.clerk);
            AssistanceApplication a = w.apply(p, bill, LocalDate.of(2024, 11, 28), "3000.00", w.clerk);
            a = before.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部", null, w.reviewer);
            a = before.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 30), null, w.reviewer);
            assertEquals(LocalDate.of(2025, 1, 7), a.publicityEnd(), "7 working days, no holidays known");

            new NoticeCalendar(w.desk.db, WorkingCalendar.bundled(), w.desk.clock).refresh();
            assertEquals(LocalDate.of(2025, 1, 8), w.workflow.byId(a.id()).orElseThrow().publicityEnd(),
                    "元旦 is not a working day: still 7 working days");
        }
    }
}
