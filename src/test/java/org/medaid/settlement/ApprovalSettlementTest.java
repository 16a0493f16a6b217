package org.medaid.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.medaid.workflow.ApplicationFigures;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;

/**
 * 县级审批 under 邵医保发〔2021〕32号 二(八) marks the application's bills approved and re-settles them through the
 * adjustments of ADR 0031, in one transaction (ADR 0038); the case is approved straight after the township's review.
 */
class ApprovalSettlementTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    SettlementService settlements;
    Reconciler reconciler;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        settlements = new SettlementService(fx.db, fx.work.people(), fx.work.bills(), fx.work.ledger(), fx.work.policies(),
                fx.work.clock());
        reconciler = new Reconciler(settlements, new ApplicationFigures(fx.db, fx.work.people(), fx.work.bills(),
                fx.work.ledger(), fx.work.clock()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void approvalGrantsItsAmountOnceAndLeavesTheIssuedSlipStanding() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = fx.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        Settlement issued = settlements.issue(bill.id(), IssuedVia.PDF, "白云乡", "张经办", "clerk1").settlement();
        assertEquals(0, issued.figures().get("assistance").signum(), "by application: nothing before approval");

        var w = fx.work.workflow();
        AssistanceApplication a = w.apply(new ApplicationRequest(liu.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2),
                new BigDecimal("3000.00"), null, null, "村委会转交"), ScreensFixture.service(fx.clerk));
        a = w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(fx.reviewer));

        ApprovalSettlement.Approved done = new ApprovalSettlement(w, reconciler, settlements).approve(a.id(), a.version(),
                new BigDecimal("3000.00"), LocalDate.of(2024, 12, 10), "同意", ScreensFixture.service(fx.approver));

        assertEquals(Stage.APPROVED, done.application().stage(), "approved after the township review, no notice before it");
        assertEquals(0, new BigDecimal("3000.00").compareTo(done.application().approvedAmount()), "the granted amount");
        assertFalse(fx.work.bills().byId(bill.id()).orElseThrow().bill().applicationApproved(),
                "the bill does not compute the by-application track as well: the burden is not paid twice");
        assertTrue(done.resettled().queued().isEmpty(), "the issued slip stands: nothing changed its figures");
        assertEquals(0, a.selfPayTotal().compareTo(done.application().selfPayTotal()), "the case's burden on record stands");
        assertTrue(done.resettled().applicationsBack().isEmpty(), "the approval does not send its own case back");

        AssistanceApplication paid = w.pay(done.application().id(), done.application().version(), null,
                LocalDate.of(2024, 12, 16), null, ScreensFixture.service(fx.approver));
        assertEquals(Stage.PAID, paid.stage(), "the payment finds the figures reviewed");
    }
}
