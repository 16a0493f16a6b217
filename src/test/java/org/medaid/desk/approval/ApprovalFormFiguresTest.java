package org.medaid.desk.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.model.Category;
import org.medaid.print.ApplicationFormRenderer;
import org.medaid.print.PdfInspect;
import org.medaid.print.PrintText;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationFigures;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.WorkflowService;

/**
 * The printed 医疗救助申请审批表 carries 申请金额, the amount the policy computes (邵医保发〔2021〕32号 三(八), ADR 0056), the
 * amount approved, the approver's reason where they differ, and after a case was sent back and approved again the old
 * approval beside the new one (ADR 0064). The form is made from the store (real H2) as the desk prints it and read back
 * with PDFBox. With -Dmedaid.screenshots=FOLDER the re-approved form is written there as approval-form-figures.pdf.
 */
class ApprovalFormFiguresTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    WorkflowService w;
    PrintSettings settings;
    Preferences prefs;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        w = fx.work.workflow();
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new PrintSettings(prefs);
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        fx.close();
    }

    private AssistanceApplication reviewed(PersonRecord p, StoredBill bill) {
        AssistanceApplication a = w.apply(new ApplicationRequest(p.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2),
                new BigDecimal("3000.00"), null, null, "村委会转交"), ScreensFixture.service(fx.clerk));
        return w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", "同意上报", ScreensFixture.service(fx.reviewer));
    }

    private byte[] form(long applicationId) {
        AssistanceApplication a = w.byId(applicationId).orElseThrow();
        PersonRecord p = fx.work.people().byId(a.personId()).orElseThrow();
        return new ApplicationFormRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE), fx.work.workingDays())
                .render(FormJobs.data(fx.work, settings, a, p));
    }

    private StoredBill bill(PersonRecord p, String total) {
        // total − 2,000 out of catalogue − basic 15,000, critical illness 0.00 as settled: base; (base − 6,000) × 50%
        return fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 11, 28), total, "2000.00", "15000.00"), fx.clerk);
    }

    @Test
    void aCaseTheCountyHasStillToDecidePrintsTheComputedFigureOfTheDay() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        AssistanceApplication a = reviewed(liu, bill(liu, "30000.00"));

        String text = PdfInspect.compact(form(a.id()));

        assertTrue(text.contains("申请金额：¥3,000.00"), text);
        assertTrue(text.contains("按政策计算金额（截至打印日）：¥3,500.00（邵医保发〔2021〕32号三(八)）"), text);
        assertTrue(text.contains("核定救助金额：＿＿＿＿＿＿＿＿人民币（大写）"), "the approved amount is left for the pen: " + text);
        assertFalse(text.contains("调整理由"), text);
    }

    @Test
    void anOverridePrintsTheComputedFigureTheApprovedAmountAndTheReason() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        AssistanceApplication a = reviewed(liu, bill(liu, "30000.00"));
        w.approve(a.id(), a.version(), new BigDecimal("3000.00"), "家庭另获慈善救助，经县级复核调减", LocalDate.of(2024, 12, 10),
                "同意", ScreensFixture.service(fx.approver));

        String text = PdfInspect.compact(form(a.id()));

        assertTrue(text.contains("申请金额：¥3,000.00"), text);
        assertTrue(text.contains("按政策计算金额：¥3,500.00（邵医保发〔2021〕32号三(八)）"), text);
        assertTrue(text.contains("核定救助金额：¥3,000.00人民币（大写）叁仟元整"), text);
        assertTrue(text.contains("调整理由：家庭另获慈善救助，经县级复核调减"), text);
    }

    @Test
    void aCaseSentBackAndApprovedAgainPrintsOldAndNew() throws IOException {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = bill(liu, "30000.00");
        AssistanceApplication a = reviewed(liu, bill);
        a = w.approve(a.id(), a.version(), null, LocalDate.of(2024, 12, 10), "同意", ScreensFixture.service(fx.approver));
        assertEquals(new BigDecimal("3500.00"), a.approvedAmount());
        // the bill corrected: 32,000 → base 15,000 → 4,500; the case goes back to 乡镇审核
        StoredBill now = fx.work.bills().byId(bill.id()).orElseThrow();
        fx.work.bills().correct(bill.id(), now.version(), ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "32000.00",
                "2000.00", "15000.00"), ScreensFixture.service(fx.clerk));
        new ApplicationFigures(fx.db, fx.work.people(), fx.work.bills(), fx.work.ledger(), fx.work.clock())
                .reconcile(liu.id(), "clerk1");

        String back = PdfInspect.compact(form(a.id()));
        assertFalse(back.contains("核定救助金额：¥3,500.00"), "the old amount is no longer the approved one: " + back);
        assertTrue(back.contains("按政策计算金额（截至打印日）：¥4,500.00"), back);
        assertTrue(back.contains("退回重审：原2024-12-10核定¥3,500.00（原按政策计算¥3,500.00；原调整理由：无）"), back);

        AssistanceApplication sent = w.byId(a.id()).orElseThrow();
        AssistanceApplication again = w.review(sent.id(), sent.version(), LocalDate.of(2024, 12, 12), "李审核", "重新核实",
                ScreensFixture.service(fx.reviewer));
        w.approve(again.id(), again.version(), null, LocalDate.of(2024, 12, 13), "同意", ScreensFixture.service(fx.approver));
        byte[] pdf = form(a.id());
        String text = PdfInspect.compact(pdf);

        assertTrue(text.contains("按政策计算金额：¥4,500.00"), text);
        assertTrue(text.contains("核定救助金额：¥4,500.00人民币（大写）肆仟伍佰元整"), text);
        assertTrue(text.contains("退回重审：原2024-12-10核定¥3,500.00"), text);
        assertTrue(text.contains("受理日期：2024-12-02"), "the receipt is the first 申请, not the return: " + text);
        assertEquals(1, PdfInspect.pages(pdf), "still one page");
        String shots = System.getProperty("medaid.screenshots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.write(Path.of(shots).resolve("approval-form-figures.pdf"), pdf);
        }
    }
}
