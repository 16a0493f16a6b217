package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.store.PersonRecord;

/** Cases at each stage on Friday 2024-12-20, and the lists printed from them. */
class ApplicationQueriesTest {

    /** These cases are about other rules: their amounts are the approver\'s, with a reason (ADR 0056). */
    static final String OVERRIDE = "县级复核认定金额";

    @TempDir
    Path dir;
    WorkflowDesk w;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private AssistanceApplication applied(String name, String village, LocalDate on) {
        PersonRecord p = w.marginal(name, village);
        StoredBill b = w.bill(p, on.minusDays(5), w.clerk);
        return w.apply(p, b, on, "3000.00", w.clerk);
    }

    private AssistanceApplication approved(String name, String village, LocalDate appliedOn, LocalDate approvedOn, String amount) {
        AssistanceApplication a = applied(name, village, appliedOn);
        a = w.workflow.review(a.id(), a.version(), appliedOn.plusDays(2), "刘干部、陈干部", null, w.reviewer);
        a = w.workflow.publicise(a.id(), a.version(), appliedOn.plusDays(3), null, w.reviewer);
        return w.workflow.approve(a.id(), a.version(), new BigDecimal(amount), OVERRIDE, approvedOn, null, w.approver);
    }

    @Test
    void waitingCasesAreListedAtTheirStageWithTheVisitDeadline() {
        AssistanceApplication late = applied("甲", "石门村", LocalDate.of(2024, 11, 28));
        AssistanceApplication recent = applied("乙", "石门村", LocalDate.of(2024, 12, 16));
        List<WaitingCase> atApplied = w.queries.waitingAt(Stage.APPLIED);
        assertEquals(List.of(late.id(), recent.id()), atApplied.stream().map(WaitingCase::applicationId).toList());
        assertEquals(LocalDate.of(2024, 11, 28), atApplied.get(0).appliedOn());
        assertEquals(LocalDate.of(2024, 11, 28), atApplied.get(0).since());
        assertEquals(LocalDate.of(2024, 12, 12), atApplied.get(0).due());
        assertTrue(atApplied.get(0).overdue(), "the visit was due 12-12");
        assertFalse(atApplied.get(1).overdue());
        assertEquals("甲", atApplied.get(0).name());
        assertEquals(new BigDecimal("3000.00"), atApplied.get(0).amount());
    }

    @Test
    void aPublicisedCaseSaysByWhenTheCountyMustHaveReviewed() {
        AssistanceApplication a = applied("丙", "石门村", LocalDate.of(2024, 12, 2));
        a = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "刘干部、陈干部", null, w.reviewer);
        w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 12), null, w.reviewer);
        WaitingCase c = w.queries.waitingAt(Stage.PUBLICISED).get(0);
        assertEquals(LocalDate.of(2024, 12, 12), c.since());
        // Notice Thu 12-12 .. Wed 12-18; the county reviews within 10 working days of receiving the file after
        // the notice (邵医保发〔2021〕32号 三(八)): Wed 2025-01-01 on a calendar of weekends only.
        assertEquals(LocalDate.of(2025, 1, 1), c.due());
        assertFalse(c.overdue());
    }

    @Test
    void waitingCountsEveryOpenStageAndNoClosedOne() {
        applied("甲", "石门村", LocalDate.of(2024, 12, 2));
        AssistanceApplication refused = applied("乙", "石门村", LocalDate.of(2024, 12, 2));
        w.workflow.reject(refused.id(), refused.version(), "不符合条件", LocalDate.of(2024, 12, 3), w.reviewer);
        approved("丙", "石门村", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 15), "2000.00");
        Map<Stage, List<WaitingCase>> waiting = w.queries.waiting();
        assertEquals(List.of(Stage.APPLIED, Stage.TOWNSHIP_REVIEWED, Stage.PUBLICISED, Stage.APPROVED),
                List.copyOf(waiting.keySet()));
        assertEquals(1, waiting.get(Stage.APPLIED).size());
        assertEquals(0, waiting.get(Stage.TOWNSHIP_REVIEWED).size());
        assertEquals(1, waiting.get(Stage.APPROVED).size());
        assertEquals(new BigDecimal("2000.00"), waiting.get(Stage.APPROVED).get(0).amount(), "the approved amount");
    }

    @Test
    void noticeListHoldsTheQuartersApprovalsWithMaskedIdNumbers() {
        AssistanceApplication q4a = approved("张三", "石门村", LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 21), "2000.00");
        AssistanceApplication q4b = approved("李四", "东山村", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 15), "1500.50");
        w.workflow.pay(q4b.id(), q4b.version(), null, LocalDate.of(2024, 11, 20), null, w.payer);
        approved("王五", "石门村", LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), "900.00");
        applied("赵六", "石门村", LocalDate.of(2024, 12, 2));

        NoticeList q4 = w.queries.noticeList(2024, 4);
        assertEquals(LocalDate.of(2024, 10, 1), q4.from());
        assertEquals(LocalDate.of(2024, 12, 31), q4.to());
        assertEquals(List.of("李四", "张三"), q4.rows().stream().map(NoticeRow::name).toList(), "by village: 东山村 before 石门村");
        assertEquals(new BigDecimal("3500.50"), q4.total());
        String id = w.desk.people.byId(q4a.personId()).orElseThrow().idNumber();
        NoticeRow zhang = q4.rows().get(1);
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), zhang.maskedIdNumber());
        assertEquals("石门村", zhang.village());
        assertEquals(1, w.queries.noticeList(2024, 3).rows().size());
    }

    @Test
    void payoutListHoldsApprovedUnpaidCasesWithAccountsAndTotal() {
        AssistanceApplication a = approved("张三", "石门村", LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 21), "2000.00");
        AssistanceApplication b = approved("李四", "东山村", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 15), "1500.50");
        AssistanceApplication paid = approved("王五", "石门村", LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), "900.00");
        w.workflow.pay(paid.id(), paid.version(), null, LocalDate.of(2024, 9, 20), null, w.payer);

        PayoutList list = w.queries.payoutList();
        assertEquals(List.of(b.id(), a.id()), list.rows().stream().map(PayoutRow::applicationId).toList());
        assertEquals(new BigDecimal("3500.50"), list.total());
        assertEquals(0, list.missingAccounts());
        PayoutRow zhang = list.rows().get(1);
        assertEquals(w.desk.people.byId(a.personId()).orElseThrow().idNumber(), zhang.idNumber(), "the bank needs the full number");
        assertEquals("6230000000000000007", zhang.bankAccount());
        assertEquals(a.version(), zhang.version());
    }

    @Test
    void anEmptyQuarterHasNoRowsAndZeroTotal() {
        NoticeList q1 = w.queries.noticeList(2024, 1);
        assertTrue(q1.rows().isEmpty());
        assertEquals(new BigDecimal("0.00"), q1.total());
        assertTrue(w.queries.payoutList().rows().isEmpty());
        assertEquals(new BigDecimal("0.00"), w.queries.payoutList().total());
    }
}
