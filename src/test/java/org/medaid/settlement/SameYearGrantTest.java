package org.medaid.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Grant;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowService;

/**
 * A second application in the same year (邵医保发〔2021〕32号 三(八): 起付线6000元，按50%救助，年度限额5万元 — a year's
 * deductible and a year's cap; ADR 0056): the earlier approved or paid application's bills count in the year, so the
 * deductible is taken once, the cap holds once, and no burden is paid twice. Real H2 in a temporary folder.
 * <p>
 * Worked by hand for a 低保边缘 person of Shaoyang on the by-application track; each bill carries the hospital-settled
 * basic and critical illness (0.00), so its assistance base is total − out of catalogue − basic. The hand cases
 * {@code cases/shaoyang-2021/15-*} and {@code 16-*} work the same readings on the calculator with both bills approved.
 */
class SameYearGrantTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    WorkflowService w;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        w = fx.work.workflow();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private AssistanceApplication reviewed(PersonRecord p, StoredBill bill, LocalDate appliedOn) {
        AssistanceApplication a = w.apply(new ApplicationRequest(p.id(), List.of(bill.id()), appliedOn,
                new BigDecimal("1000.00"), null, null, "村委会转交"), ScreensFixture.service(fx.clerk));
        return w.review(a.id(), a.version(), appliedOn.plusDays(2), "李审核", null, ScreensFixture.service(fx.reviewer));
    }

    private AssistanceApplication approved(AssistanceApplication a, String amount, String reason, LocalDate on) {
        return w.approve(a.id(), a.version(), amount == null ? null : new BigDecimal(amount), reason, on, "同意",
                ScreensFixture.service(fx.approver));
    }

    private AssistanceApplication paid(AssistanceApplication a, LocalDate on) {
        return w.pay(a.id(), a.version(), null, on, null, ScreensFixture.service(fx.approver));
    }

    private StoredBill stay(PersonRecord p, LocalDate discharged, String total, String outOfCatalog, String basic) {
        return fx.add(ScreensFixture.stay(p.id(), discharged, total, outOfCatalog, basic), fx.clerk);
    }

    @Test
    void theSecondApplicationAfterTheFirstWasPaidTakesTheDeductibleOnce() {
        PersonRecord p = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        // first: 30,000 − 2,000 − basic 15,000 → base 13,000 → (13,000 − 6,000) × 50% = 3,500
        StoredBill march = stay(p, LocalDate.of(2024, 3, 10), "30000.00", "2000.00", "15000.00");
        AssistanceApplication first = reviewed(p, march, LocalDate.of(2024, 3, 20));
        assertEquals(new BigDecimal("3500.00"), w.grant(first.id()).computed());
        AssistanceApplication firstPaid = paid(approved(first, null, null, LocalDate.of(2024, 3, 28)), LocalDate.of(2024, 4, 2));
        assertEquals(Stage.PAID, firstPaid.stage());

        // second: 20,000 − basic 10,000 → base 10,000; the year: 23,000 → (23,000 − 6,000) × 50% = 8,500, less the
        // 3,500 paid = 5,000 (computed as if the first paid nothing it would be (10,000 − 6,000) × 50% = 2,000)
        StoredBill september = stay(p, LocalDate.of(2024, 9, 20), "20000.00", "0.00", "10000.00");
        AssistanceApplication second = reviewed(p, september, LocalDate.of(2024, 10, 8));

        Grant g = w.grant(second.id());

        assertEquals(new BigDecimal("5000.00"), g.computed(), "the year's deductible is taken once: " + g.lines());
        assertEquals(List.of(new BigDecimal("5000.00")), g.parts().stream().map(Grant.Part::amount).toList());
        assertEquals(0, g.adjustment().signum(), "the first case's bill pays what it paid");
        assertTrue(g.lines().stream().anyMatch(l -> l.contains(firstPaid.caseNumber()) && l.contains("3,500.00")),
                "the lines name the earlier case: " + g.lines());
        assertTrue(g.lines().stream().anyMatch(l -> l.contains("三(八)") && l.contains("只计一次")), g.lines().toString());
        assertEquals(new BigDecimal("5000.00"), approved(second, null, null, LocalDate.of(2024, 10, 15)).approvedAmount());
    }

    @Test
    void nearTheCapTheSecondApplicationGetsOnlyWhatIsLeftOfIt() {
        PersonRecord p = fx.person("赵大山", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        // first: 100,000 − basic 10,000 → base 90,000 → (90,000 − 6,000) × 50% = 42,000
        AssistanceApplication first = reviewed(p, stay(p, LocalDate.of(2024, 2, 10), "100000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 2, 20));
        AssistanceApplication firstApproved = approved(first, null, null, LocalDate.of(2024, 2, 28));
        assertEquals(new BigDecimal("42000.00"), firstApproved.approvedAmount());

        // second: 40,000 − basic 10,000 → base 30,000; the year 120,000 → (120,000 − 6,000) × 50% = 57,000, capped at
        // 50,000 a year, less 42,000 granted = 8,000 (alone it would be (30,000 − 6,000) × 50% = 12,000: 54,000 a year)
        AssistanceApplication second = reviewed(p, stay(p, LocalDate.of(2024, 8, 5), "40000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 8, 12));

        assertEquals(new BigDecimal("8000.00"), w.grant(second.id()).computed(), "approved but not yet paid counts too");
        paid(firstApproved, LocalDate.of(2024, 3, 4));
        assertEquals(new BigDecimal("8000.00"), w.grant(second.id()).computed(), "and once paid");
        AssistanceApplication secondApproved = approved(second, null, null, LocalDate.of(2024, 8, 20));
        assertEquals(new BigDecimal("50000.00"), firstApproved.approvedAmount().add(secondApproved.approvedAmount()),
                "the year pays its cap, no more");

        // a third bill of the year finds the cap spent
        AssistanceApplication third = reviewed(p, stay(p, LocalDate.of(2024, 11, 5), "30000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 11, 12));
        assertEquals(new BigDecimal("0.00"), w.grant(third.id()).computed(), "nothing is left of the 50,000 of 2024");
    }

    @Test
    void aSecondApplicationOnAnEarlierBillMovesTheDeductibleAndPaysTheDifference() {
        PersonRecord p = fx.person("王小兰", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        // first, on September's bill: base 13,000 → 3,500, paid
        AssistanceApplication first = reviewed(p, stay(p, LocalDate.of(2024, 9, 20), "30000.00", "2000.00", "15000.00"),
                LocalDate.of(2024, 9, 25));
        paid(approved(first, null, null, LocalDate.of(2024, 10, 8)), LocalDate.of(2024, 10, 10));
        // then May's bill, applied for later: 10,000 − basic 6,000 → base 4,000. In ledger order May comes first and
        // takes 4,000 of the deductible (pays 0.00); September then pays (17,000 − 6,000) × 50% = 5,500 for the year,
        // 2,000 more than the 3,500 granted. The second case grants those 2,000.
        AssistanceApplication second = reviewed(p, stay(p, LocalDate.of(2024, 5, 10), "10000.00", "0.00", "6000.00"),
                LocalDate.of(2024, 10, 20));

        Grant g = w.grant(second.id());

        assertEquals(List.of(new BigDecimal("0.00")), g.parts().stream().map(Grant.Part::amount).toList(),
                "May's bill alone stays below the deductible");
        assertEquals(new BigDecimal("2000.00"), g.adjustment(), "September's bill, recomputed with May's");
        assertEquals(new BigDecimal("2000.00"), g.computed(), "5,500 for the year − 3,500 paid: " + g.lines());
        assertTrue(g.lines().stream().anyMatch(l -> l.contains("+2,000.00")), g.lines().toString());
    }

    @Test
    void anEarlierOverrideAboveThePolicyIsTakenOffAndOneBelowItIsNotPaidAgain() {
        PersonRecord over = fx.person("孙有福", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        AssistanceApplication first = reviewed(over, stay(over, LocalDate.of(2024, 2, 10), "100000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 2, 20));
        // computed 42,000; granted 45,000 with a reason
        approved(first, "45000.00", "县级复核：另计入外购药品费用", LocalDate.of(2024, 2, 28));
        AssistanceApplication second = reviewed(over, stay(over, LocalDate.of(2024, 8, 5), "40000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 8, 12));
        // the year's 50,000 less the 45,000 granted: 8,000 by the policy's figures, less the 3,000 granted above them
        Grant g = w.grant(second.id());
        assertEquals(new BigDecimal("5000.00"), g.computed(), g.lines().toString());
        assertEquals(new BigDecimal("-3000.00"), g.adjustment());

        PersonRecord under = fx.person("钱秀英", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        AssistanceApplication low = reviewed(under, stay(under, LocalDate.of(2024, 2, 10), "100000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 2, 20));
        approved(low, "40000.00", "家庭另获慈善救助2000元，经县级复核调减", LocalDate.of(2024, 2, 28));
        AssistanceApplication next = reviewed(under, stay(under, LocalDate.of(2024, 8, 5), "40000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 8, 12));
        assertEquals(new BigDecimal("8000.00"), w.grant(next.id()).computed(),
                "the approver's reduction of the first case stands; the second pays its own increment");
    }

    @Test
    void anApplicationOfAnotherYearDoesNotCount() {
        PersonRecord p = fx.person("周明", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        AssistanceApplication first = reviewed(p, stay(p, LocalDate.of(2023, 11, 10), "30000.00", "2000.00", "15000.00"),
                LocalDate.of(2023, 11, 20));
        paid(approved(first, null, null, LocalDate.of(2023, 11, 28)), LocalDate.of(2023, 12, 4));
        // 2024 starts a new year: base 10,000 → (10,000 − 6,000) × 50% = 2,000
        AssistanceApplication second = reviewed(p, stay(p, LocalDate.of(2024, 3, 5), "20000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 3, 12));
        Grant g = w.grant(second.id());
        assertEquals(new BigDecimal("2000.00"), g.computed());
        assertTrue(g.lines().stream().noneMatch(l -> l.contains(first.caseNumber())), g.lines().toString());
    }

    @Test
    void aRejectedOrStillOpenApplicationOfTheYearDoesNotCount() {
        PersonRecord p = fx.person("吴春花", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        AssistanceApplication open = reviewed(p, stay(p, LocalDate.of(2024, 3, 10), "30000.00", "2000.00", "15000.00"),
                LocalDate.of(2024, 3, 20));
        AssistanceApplication second = reviewed(p, stay(p, LocalDate.of(2024, 9, 20), "20000.00", "0.00", "10000.00"),
                LocalDate.of(2024, 10, 8));
        assertEquals(new BigDecimal("2000.00"), w.grant(second.id()).computed(),
                "the first case is not approved: nothing of it is paid, so the second takes the deductible itself");
        assertEquals(new BigDecimal("3500.00"), w.grant(open.id()).computed(), "and the first is computed alone as well");
    }
}
