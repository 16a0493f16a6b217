package org.medaid.desk.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.preview.PreviewViewModel;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.Category;
import org.medaid.printlog.PrintKind;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.WorkflowService;

/** 报表 without a window: the quarter's public notice prints with IDs masked; the payout list in full; logged. */
class ListsViewModelTest {

    /** These cases are about other rules: their amounts are the approver\'s, with a reason (ADR 0056). */
    static final String OVERRIDE = "县级复核认定金额";

    @TempDir
    Path dir;
    ScreensFixture fx;
    Preferences prefs;
    PersonRecord liu;
    ListsViewModel model;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by another test class of this JVM
        }
    }

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        fx.noticeBeforeApproval();
        liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = fx.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        WorkflowService w = fx.work.workflow();
        AssistanceApplication a = w.apply(new ApplicationRequest(liu.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2),
                new BigDecimal("6000.00"), null, null, null), ScreensFixture.service(fx.clerk));
        a = w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(fx.reviewer));
        a = w.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, ScreensFixture.service(fx.reviewer));
        w.approve(a.id(), a.version(), new BigDecimal("6000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, ScreensFixture.service(fx.approver));
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        model = new ListsViewModel(fx.work, new SameThreadTaskExecutor(), ScreensFixture.CHINESE, fx.as(fx.clerk),
                new PrintSettings(prefs));
        model.load();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
        prefs.removeNode();
    }

    private String saved(PreviewViewModel preview, String name) throws Exception {
        Path file = dir.resolve(name);
        preview.setSaveTarget((reason, suggested) -> Optional.of(file));
        preview.render();
        preview.saveAs();
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(d);
        }
    }

    private PreviewViewModel preview(org.medaid.desk.preview.PrintJob job) {
        return new PreviewViewModel(job, fx.work.printer(), new SameThreadTaskExecutor(), ScreensFixture.CHINESE,
                new PrintSettings(prefs));
    }

    @Test
    void theQuartersNoticeListsTheApprovedCaseWithTheIdMasked() throws Exception {
        assertEquals(4, model.quarterProperty().get());
        assertEquals(1, model.notice().size());
        assertEquals("共 1 人，合计 6,000.00 元", model.noticeTotalProperty().get());
        assertEquals("邵医保发〔2021〕32号", model.basis.get(), "the clause of the person's policy, to be edited if need be");
        String pdf = saved(preview(model.noticeJob()), "notice.pdf");
        assertTrue(pdf.contains("刘桂香") && pdf.contains("6,000.00"), pdf);
        assertFalse(pdf.contains(liu.idNumber()), "the full ID number is never on the public notice");
        assertTrue(pdf.contains(liu.idNumber().substring(0, 4) + "**********" + liu.idNumber().substring(14)), pdf);
        assertEquals(1, fx.work.printLog().forRecord(PrintKind.NOTICE_LIST, PrintKind.quarterKey(2024, 4)).size());
    }

    @Test
    void thePayoutListForTheBankHasTheFullIdAndAccount() throws Exception {
        assertEquals(1, model.payout().size());
        assertEquals("", model.payoutWarningProperty().get());
        String pdf = saved(preview(model.payoutJob()), "payout.pdf");
        assertTrue(pdf.contains(liu.idNumber()), pdf);
        assertTrue(pdf.contains("6230000000000000007"), pdf);
        assertEquals(1, fx.work.printLog().forRecord(PrintKind.PAYOUT_LIST, PrintKind.dateKey(ScreensFixture.TODAY)).size());
    }

    /** ADR 0077/0093: the printed payout list from the desk says how many approved cases an open objection holds back. */
    @Test
    void thePrintedPayoutListSaysHowManyCasesAnOpenObjectionHoldsBack() throws Exception {
        PersonRecord wang = fx.person("王五", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 11, 20), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        WorkflowService w = fx.work.workflow();
        AssistanceApplication a = w.apply(new ApplicationRequest(wang.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2),
                new BigDecimal("5000.00"), null, null, null), ScreensFixture.service(fx.clerk));
        a = w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(fx.reviewer));
        a = w.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, ScreensFixture.service(fx.reviewer));
        w.approve(a.id(), a.version(), new BigDecimal("5000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null,
                ScreensFixture.service(fx.approver));
        new org.medaid.workflow.Objections(fx.db, w, fx.work.clock()).record(a.id(), "村民李某", ScreensFixture.TODAY,
                "申请人家中有营运货车", ScreensFixture.service(fx.reviewer));
        model.load();
        assertEquals(1, model.payout().size(), "王五's case is held back");
        Path file = dir.resolve("payout-held.pdf");
        String pdf = saved(preview(model.payoutJob()), "payout-held.pdf").replaceAll("\\s+", "");
        assertTrue(pdf.contains("另有1件已批准的救助有未处理的公示异议，暂缓拨付，未列入本表。"), pdf);
        assertTrue(pdf.contains("刘桂香") && !pdf.contains("王五"), pdf);
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out != null) {
            Files.copy(file, Path.of(out, "lists-payout-held.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aQuarterWithoutApprovalsListsNobody() {
        model.quarterProperty().set(3);
        assertTrue(model.notice().isEmpty());
        assertEquals("共 0 人，合计 0.00 元", model.noticeTotalProperty().get());
    }
}
