package org.medaid.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.medaid.workflow.Grant;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;
import org.medaid.workflow.WorkflowProblem;
import org.medaid.workflow.WorkflowService;

/**
 * 县级审批 grants the calculator's amount over the case's bills (邵医保发〔2021〕32号 三(八), POLICY-NOTES §7.3, ADR 0056)
 * and re-settles in the same transaction (ADR 0038; the former ApprovalSettlementTest's assertions are here). Expected
 * figures are worked by hand from the clause: a 低保边缘 person of Shaoyang on the by-application track pays a deductible
 * of 6,000 a year, then 50%, at most 50,000 a year; the assistance base is compliant − basic − critical illness, and the
 * bills here carry the hospital-settled basic and critical illness (0.00), so nothing else enters the figure.
 */
class ApprovalGrantTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    SettlementService settlements;
    Reconciler reconciler;
    WorkflowService w;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        settlements = new SettlementService(fx.db, fx.work.people(), fx.work.bills(), fx.work.ledger(), fx.work.policies(),
                fx.work.clock());
        reconciler = new Reconciler(settlements, new ApplicationFigures(fx.db, fx.work.people(), fx.work.bills(),
                fx.work.ledger(), fx.work.clock()));
        w = fx.work.workflow();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private AssistanceApplication reviewed(PersonRecord p, List<Long> bills) {
        AssistanceApplication a = w.apply(new ApplicationRequest(p.id(), bills, LocalDate.of(2024, 12, 2),
                new BigDecimal("3000.00"), null, null, "村委会转交"), ScreensFixture.service(fx.clerk));
        return w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(fx.reviewer));
    }

    private WorkflowService.Approved approve(AssistanceApplication a, String amount, String reason) {
        return w.approve(a.id(), a.version(), amount == null ? null : new BigDecimal(amount), reason, LocalDate.of(2024, 12, 10),
                "同意", ScreensFixture.service(fx.approver), (person, login) -> {
                    Reconciler.Outcome o = reconciler.reconcile(person, login);
                    return new WorkflowService.Resettled(o.queued().size(), o.applicationsBack());
                });
    }

    @Test
    void approvalGrantsTheComputedAmountOnceAndLeavesTheIssuedSlipStanding() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        // total 30,000, out of catalogue 2,000 → compliant 28,000; − basic 15,000 → base 13,000; (13,000 − 6,000) × 50%
        StoredBill bill = fx.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        Settlement issued = settlements.issue(bill.id(), IssuedVia.PDF, "白云乡", "张经办", "clerk1").settlement();
        assertEquals(0, issued.figures().get("assistance").signum(), "by application: nothing before approval");
        AssistanceApplication a = reviewed(liu, List.of(bill.id()));

        Grant g = w.grant(a.id());
        assertEquals(new BigDecimal("3500.00"), g.computed(), "(13,000 − 6,000) × 50%");
        assertTrue(g.lines().stream().anyMatch(l -> l.contains("三(八)")), "the lines cite the clause: " + g.lines());
        // by application nothing was paid at settlement: the bill's head line is what approval adds, no settlement figure
        assertEquals("2024-11-28 " + bill.bill().hospitalName() + "：3,500.00", g.lines().get(0), g.lines().toString());

        WorkflowService.Approved done = approve(a, "3500.00", null);

        assertEquals(Stage.APPROVED, done.application().stage(), "approved after the township review, no notice before it");
        assertEquals(new BigDecimal("3500.00"), done.application().approvedAmount(), "the granted amount");
        assertEquals(new BigDecimal("3500.00"), done.application().computedAmount(), "the computed figure is kept");
        assertNull(done.application().grantReason(), "no override");
        assertFalse(fx.work.bills().byId(bill.id()).orElseThrow().bill().applicationApproved(),
                "the bill does not compute the by-application track as well: the burden is not paid twice");
        assertEquals(0, done.resettled().queued(), "the issued slip stands: nothing changed its figures");
        assertEquals(0, a.selfPayTotal().compareTo(done.application().selfPayTotal()), "the case's burden on record stands");
        assertTrue(done.resettled().applicationsBack().isEmpty(), "the approval does not send its own case back");
        assertEquals(List.of("APPROVE"), auditActions(a.id()).stream().filter(x -> x.startsWith("APPROVE")).toList());

        AssistanceApplication paid = w.pay(done.application().id(), done.application().version(), null,
                LocalDate.of(2024, 12, 16), null, ScreensFixture.service(fx.approver));
        assertEquals(Stage.PAID, paid.stage(), "the payment finds the figures reviewed");
    }

    @Test
    void twoBillsOfTheYearShareOneDeductible() {
        PersonRecord p = fx.person("王小兰", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        // first: 10,000 − basic 6,000 → base 4,000: below the 6,000 deductible, 0.00
        StoredBill first = fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 5, 10), "10000.00", "0.00", "6000.00"), fx.clerk);
        // second: 20,000 − 1,000 out of catalogue − basic 10,000 → base 9,000; year base 13,000 → (13,000 − 6,000) × 50%
        // = 3,500 for the year, less 0 paid before: 3,500.00 (each bill alone would say 0 + 1,500)
        StoredBill second = fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 9, 20), "20000.00", "1000.00", "10000.00"),
                fx.clerk);
        AssistanceApplication a = reviewed(p, List.of(first.id(), second.id()));

        Grant g = w.grant(a.id());

        assertEquals(new BigDecimal("3500.00"), g.computed());
        assertEquals(List.of(new BigDecimal("0.00"), new BigDecimal("3500.00")),
                g.parts().stream().map(Grant.Part::amount).toList(), "in ledger order, one deductible for the year");
    }

    @Test
    void theYearsCapHolds() {
        PersonRecord p = fx.person("赵大山", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        // 130,000 − basic 10,000 → base 120,000; (120,000 − 6,000) × 50% = 57,000, capped at 50,000 a year
        StoredBill bill = fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 10, 8), "130000.00", "0.00", "10000.00"),
                fx.clerk);
        AssistanceApplication a = reviewed(p, List.of(bill.id()));

        assertEquals(new BigDecimal("50000.00"), w.grant(a.id()).computed());
        assertEquals(new BigDecimal("50000.00"), approve(a, null, null).application().approvedAmount(),
                "no amount given: the computed one is granted");
    }

    @Test
    void anotherAmountIsRefusedWithoutAReasonAndAuditedWithOne() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = fx.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        AssistanceApplication a = reviewed(liu, List.of(bill.id()));

        WorkflowException refused = assertThrows(WorkflowException.class, () -> approve(a, "3000.00", "  "));
        assertEquals(WorkflowProblem.GRANT_DIFFERS, refused.problem());
        assertEquals("批准金额 3,000.00 与按政策计算的金额 3,500.00 不同，请填写调整理由", refused.message(Locale.SIMPLIFIED_CHINESE));
        AssistanceApplication still = w.byId(a.id()).orElseThrow();
        assertEquals(Stage.TOWNSHIP_REVIEWED, still.stage(), "nothing written");
        assertEquals(a.version(), still.version());

        AssistanceApplication done = approve(a, "3000.00", "家庭另获慈善救助2000元，经县级复核调减").application();

        assertEquals(new BigDecimal("3000.00"), done.approvedAmount());
        assertEquals(new BigDecimal("3500.00"), done.computedAmount());
        assertEquals("家庭另获慈善救助2000元，经县级复核调减", done.grantReason());
        assertTrue(done.grantOverridden());
        assertTrue(auditActions(a.id()).contains("APPROVE_OVERRIDE"), "the override is audited as one");
    }

    private List<String> auditActions(long applicationId) {
        return fx.db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT action FROM audit WHERE table_name = 'application' AND record_id = ? ORDER BY id")) {
                ps.setLong(1, applicationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
