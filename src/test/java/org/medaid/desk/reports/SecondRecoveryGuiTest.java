package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.session.Session;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Objection;
import org.medaid.workflow.Recovery;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 报表 › 公示异议 in a real window over a real H2 store (headless Monocle), ADR 0077 amendment (objection15): a second
 * objection upheld on 王五's paid case, of which 2,000.00 is already to be recovered, asks back what is left by default;
 * the screen says so under the amount and asks for the reason, the county approver deciding without it is refused in
 * Chinese in the error colour and nothing is written, and with it the second recovery is recorded with its reason. The
 * recovery list PDF names the office the print settings hold (as 报表 is wired: {@code PrintSettings::office}) and
 * prints 未提供 where none is set. With {@code MEDAID_SCREENSHOTS} set to a folder, the screen and the PDF are left there.
 */
class SecondRecoveryGuiTest {

    static final BigDecimal FIRST = new BigDecimal("2000.00");

    @TempDir
    Path dir;
    ReportDesk d;
    FxTaskExecutor executor;
    Preferences prefs;
    final FxRobot robot = new FxRobot();
    final AtomicReference<Session> who = new AtomicReference<>();
    AssistanceApplication paid;
    Objection second;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        org.medaid.model.Labels.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        d = new ReportDesk(dir.resolve("data"));
        executor = new FxTaskExecutor(Throwable::printStackTrace);
        executor.toolkitStarted();
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        AssistanceApplication approved = d.fx.work.workflow().byId(d.wangCase).orElseThrow();
        paid = d.fx.work.workflow().pay(approved.id(), approved.version(), null, LocalDate.of(2024, 11, 25), null,
                ScreensFixture.service(d.fx.approver));
        Objection first = d.objections.record(paid.id(), "村民赵某", LocalDate.of(2024, 12, 2), "住院期间另有商业保险赔付",
                ScreensFixture.service(d.fx.reviewer));
        d.objections.resolve(first.id(), paid.version(), Objection.Outcome.UPHELD, "保险公司理赔记录属实", FIRST,
                "商业保险赔付2000元，按赔付额追回", LocalDate.of(2024, 12, 5), ScreensFixture.service(d.fx.approver));
        second = d.objections.record(paid.id(), "村民钱某", LocalDate.of(2024, 12, 9), "家中有营运货车",
                ScreensFixture.service(d.fx.reviewer));
    }

    @AfterEach
    void close() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        d.close();
        prefs.removeNode();
    }

    private ObjectionsView show(PrintSettings print) throws Exception {
        return d.showObjections(executor, who::get, print::office, robot, 2);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        ReportDesk.waitUntil(condition);
    }

    private Label message() {
        return robot.lookup("#messageLabel").queryAs(Label.class);
    }

    /** Waits for the message line to read {@code sentence} and says whether it is in the error colour. */
    private boolean said(String sentence) throws Exception {
        waitUntil(() -> message().getText().equals(sentence));
        return !message().getStyleClass().contains("field-ok");
    }

    private void type(String field, String text) {
        robot.doubleClickOn(field).eraseText(30).write(text);
    }

    private static String money(BigDecimal m) {
        return String.format("%,.2f", m);
    }

    @Test
    void theScreenAsksForTheReasonAndRefusesInChineseWithoutIt() throws Exception {
        BigDecimal amountPaid = paid.approvedAmount().setScale(2);
        BigDecimal left = amountPaid.subtract(FIRST);
        assertTrue(left.signum() > 0, "something is left to ask back: " + amountPaid);
        who.set(ScreensFixture.service(d.fx.approver));
        show(new PrintSettings(prefs));
        Label hint = robot.lookup("#recoveryHintLabel").queryAs(Label.class);
        assertTrue(!hint.isVisible(), "no hint before a paid case is chosen");
        robot.clickOn("王五");
        waitUntil(hint::isVisible);
        assertEquals("本案已登记应退回 2,000.00 元。维持本条异议时，应退回金额留空即为其余的 " + money(left) + " 元，与已拨付的 "
                + money(amountPaid) + " 元不同，须填写金额理由。", hint.getText());
        assertEquals("必填：说明本次应退回金额的依据", robot.lookup("#amountReasonField").queryAs(TextField.class).getPromptText());

        robot.clickOn("家中有营运货车");
        robot.clickOn("#outcomeBox").clickOn("异议成立");
        type("#checkField", "车辆登记查询属实");
        robot.clickOn("#resolveButton");
        assertTrue(said("该案件已登记应退回 2,000.00 元，本次应退回 " + money(left) + " 元，与已拨付金额 "
                + money(amountPaid) + " 元不同，请填写金额理由"), "refused in the error colour");
        assertTrue(d.objections.of(paid.id()).get(1).open(), "nothing written: the objection is still open");
        assertEquals(1, d.objections.recoveries(paid.id()).size());
        ReportDesk.screenshot(robot, "reports-objections-second-reason.png");

        type("#amountReasonField", "货车收入足以负担，其余部分一并追回");
        robot.clickOn("#resolveButton");
        assertTrue(!said("异议成立：王五 案已转入复核，应退回金额已登记"), "a success in the success colour");
        List<Recovery> r = d.objections.recoveries(paid.id());
        assertEquals(2, r.size());
        assertEquals(left, r.get(1).amountDue());
        assertEquals("货车收入足以负担，其余部分一并追回", r.get(1).amountReason());
        assertEquals(amountPaid, r.get(0).amountDue().add(r.get(1).amountDue()));
        waitUntil(() -> robot.lookup("#recoveryTable").queryAs(TableView.class).getItems().size() == 2);
        waitUntil(() -> hint.getText().startsWith("本案已登记应退回 " + money(amountPaid) + " 元，已等于已拨付的"));
        assertEquals("", robot.lookup("#amountReasonField").queryAs(TextField.class).getPromptText());
        ReportDesk.screenshot(robot, "reports-objections-second-recorded.png");
    }

    @Test
    void theWrongRoleIsRefusedAndNothingIsWritten() throws Exception {
        who.set(ScreensFixture.service(d.fx.reviewer));
        show(new PrintSettings(prefs));
        robot.clickOn("王五");
        robot.clickOn("家中有营运货车");
        robot.clickOn("#outcomeBox").clickOn("异议成立");
        type("#checkField", "车辆登记查询属实");
        type("#amountReasonField", "其余部分一并追回");
        robot.clickOn("#resolveButton");
        waitUntil(() -> message().getText().startsWith("只有县级审批人"));
        assertTrue(!message().getStyleClass().contains("field-ok"), "in the error colour");
        assertTrue(d.objections.of(paid.id()).get(1).open());
        assertEquals(1, d.objections.recoveries(paid.id()).size());
    }

    private String printedRecoveryList(PrintSettings print, String name) throws Exception {
        who.set(ScreensFixture.service(d.fx.approver));
        ObjectionsView view = show(print);
        Path pdf = dir.resolve(name);
        view.setSaveTarget((owner, title, file, format) -> pdf);
        robot.clickOn("#recoveryPdfButton");
        waitUntil(() -> Files.exists(pdf) && message().getText().startsWith("已保存") && message().getText().contains("pdf"));
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out != null) {
            Files.copy(pdf, Path.of(out, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("公示异议复核追回清单") && text.contains("王五"), text);
            return text;
        }
    }

    @Test
    void theRecoveryListNamesTheOfficeThePrintSettingsHold() throws Exception {
        PrintSettings print = new PrintSettings(prefs);
        print.setOffice("新邵县医疗保障事务中心");
        String text = printedRecoveryList(print, "reports-recoveries-office.pdf");
        assertTrue(text.contains("经办机构：新邵县医疗保障事务中心"), text);
        assertTrue(!text.contains("未提供"), text);
    }

    @Test
    void theRecoveryListSaysNotGivenWhereNoOfficeIsSet() throws Exception {
        String text = printedRecoveryList(new PrintSettings(prefs), "reports-recoveries-no-office.pdf");
        assertTrue(text.contains("经办机构：未提供"), text);
    }
}
