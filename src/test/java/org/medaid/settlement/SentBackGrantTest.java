package org.medaid.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.medaid.workflow.ApplicationFigures;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.FiguresChange;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;
import org.medaid.workflow.WorkflowProblem;
import org.medaid.workflow.WorkflowService;

/**
 * A case sent back to 乡镇审核 because its bills' figures changed (ADR 0031) does not keep the amount it was approved at
 * (ADR 0064): the approval is cleared from the application and kept on the figures change, old beside new, and nothing
 * is paid until the township reviewed and the county approved the new figure. Real H2 in a temporary folder; figures
 * worked by hand (邵医保发〔2021〕32号 三(八): 低保边缘 by application, deductible 6,000, 50%).
 */
class SentBackGrantTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    WorkflowService w;
    ApplicationFigures figures;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        w = fx.work.workflow();
        figures = new ApplicationFigures(fx.db, fx.work.people(), fx.work.bills(), fx.work.ledger(), fx.work.clock());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private AssistanceApplication approvedCase(PersonRecord p, StoredBill bill, String amount, String reason) {
        AssistanceApplication a = w.apply(new ApplicationRequest(p.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2),
                new BigDecimal("3000.00"), null, null, "村委会转交"), ScreensFixture.service(fx.clerk));
        a = w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(fx.reviewer));
        return w.approve(a.id(), a.version(), amount == null ? null : new BigDecimal(amount), reason, LocalDate.of(2024, 12, 10),
                "同意", ScreensFixture.service(fx.approver));
    }

    /** The bill of 2024-11-28 corrected: total 30,000 → 32,000 (base 13,000 → 15,000). */
    private void correctTheBill(StoredBill bill) {
        StoredBill now = fx.work.bills().byId(bill.id()).orElseThrow();
        fx.work.bills().correct(bill.id(), now.version(), ScreensFixture.stay(now.personId(), LocalDate.of(2024, 11, 28),
                "32000.00", "2000.00", "15000.00"), ScreensFixture.service(fx.clerk));
    }

    @Test
    void aCaseSentBackLosesItsApprovedAmountAndShowsItBesideTheNewOne() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = fx.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        // (30,000 − 2,000 − 15,000 − 6,000) × 50% = 3,500
        AssistanceApplication approved = approvedCase(liu, bill, null, null);
        assertEquals(new BigDecimal("3500.00"), approved.approvedAmount());

        correctTheBill(bill);
        assertEquals(List.of(approved.id()), figures.reconcile(liu.id(), "clerk1"));

        AssistanceApplication back = w.byId(approved.id()).orElseThrow();
        assertEquals(Stage.APPLIED, back.stage(), "back at 乡镇审核");
        assertNull(back.approvedAmount(), "no approved amount stays on a case nobody approved at these figures");
        assertNull(back.computedAmount());
        assertNull(back.approvedOn());
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> w.pay(back.id(), back.version(), null, LocalDate.of(2024, 12, 16), null, ScreensFixture.service(fx.approver)));
        assertEquals(WorkflowProblem.WRONG_STAGE, refused.problem(), "nothing is paid on the old amount");

        FiguresChange change = figures.pending(back.id()).orElseThrow();
        assertNotNull(change.granted(), "the old approval is kept on the change");
        assertEquals(new BigDecimal("3500.00"), change.granted().amount(), "old");
        assertEquals(LocalDate.of(2024, 12, 10), change.granted().on());
        // (32,000 − 2,000 − 15,000 − 6,000) × 50% = 4,500
        assertEquals(new BigDecimal("4500.00"), w.grant(back.id()).computed(), "new, beside it");

        AssistanceApplication reviewed = w.review(back.id(), back.version(), LocalDate.of(2024, 12, 12), "李审核", "重新核实",
                ScreensFixture.service(fx.reviewer));
        AssistanceApplication again = w.approve(reviewed.id(), reviewed.version(), null, LocalDate.of(2024, 12, 13), "同意",
                ScreensFixture.service(fx.approver));
        assertEquals(new BigDecimal("4500.00"), again.approvedAmount(), "approved at the reviewed figure");
        FiguresChange kept = figures.changes(again.id()).stream().filter(c -> c.granted() != null).reduce((x, y) -> y)
                .orElseThrow();
        assertEquals(FiguresChange.State.REVIEWED, kept.state());
        assertEquals(new BigDecimal("3500.00"), kept.granted().amount(), "the old approval stays on record after re-approval");
        assertEquals(Stage.PAID, w.pay(again.id(), again.version(), null, LocalDate.of(2024, 12, 16), null,
                ScreensFixture.service(fx.approver)).stage());
    }

    @Test
    void anOverrideSentBackKeepsItsReasonAndASecondChangeKeepsTheFirstApproval() {
        PersonRecord p = fx.person("王小兰", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        AssistanceApplication approved = approvedCase(p, bill, "3000.00", "家庭另获慈善救助，经县级复核调减");
        correctTheBill(bill);
        figures.reconcile(p.id(), "clerk1");
        // a second correction while the case is back: the pending change is superseded, the approval it took away is not lost
        StoredBill now = fx.work.bills().byId(bill.id()).orElseThrow();
        fx.work.bills().correct(bill.id(), now.version(), ScreensFixture.stay(p.id(), LocalDate.of(2024, 11, 28),
                "34000.00", "2000.00", "15000.00"), ScreensFixture.service(fx.clerk));
        figures.reconcile(p.id(), "clerk1");

        FiguresChange change = figures.pending(approved.id()).orElseThrow();
        assertEquals(Stage.APPROVED, change.fromStage());
        assertEquals(new BigDecimal("3000.00"), change.granted().amount());
        assertEquals(new BigDecimal("3500.00"), change.granted().computed());
        assertEquals("家庭另获慈善救助，经县级复核调减", change.granted().reason());
        // (34,000 − 2,000 − 15,000 − 6,000) × 50% = 5,500
        assertEquals(new BigDecimal("5500.00"), w.grant(approved.id()).computed());
        assertNull(w.byId(approved.id()).orElseThrow().grantReason(), "the old reason is not the new approval's");
    }
}
