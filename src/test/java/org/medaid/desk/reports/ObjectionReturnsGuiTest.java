package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.session.Session;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Objection;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;
import org.medaid.workflow.WorkflowProblem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 报表 › 公示异议 in a real window over a real H2 store (headless Monocle), driven through its controls (ADR 0077): the
 * money returned after an upheld objection to a paid case, return by return, refused past what is owed and for the
 * wrong role (each a sentence in the error colour; a success in the success colour), and the recovery list exported
 * and read back; an objection to an approved, unpaid case holds its payment and, upheld, withdraws the approval.
 * With {@code MEDAID_SCREENSHOTS} set to a folder, the screens are left there.
 */
class ObjectionReturnsGuiTest {

    @TempDir
    Path dir;
    ReportDesk d;
    FxTaskExecutor executor;
    final FxRobot robot = new FxRobot();
    final AtomicReference<Session> who = new AtomicReference<>();

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
    }

    @AfterEach
    void close() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        d.close();
    }

    private ObjectionsView show() throws Exception {
        return d.showObjections(executor, who::get, () -> "白云镇医保经办所", robot, 2);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        ReportDesk.waitUntil(condition);
    }

    private Label message() {
        return robot.lookup("#messageLabel").queryAs(Label.class);
    }

    /** Waits for the message line to start with {@code start} and says whether it reads in the error colour. */
    private boolean said(String start) throws Exception {
        waitUntil(() -> message().getText().startsWith(start));
        return message().getStyleClass().contains("field-message") && !message().getStyleClass().contains("field-ok");
    }

    private void type(String field, String text) {
        robot.doubleClickOn(field).eraseText(30).write(text);
    }

    @Test
    void moneyReturnedIsRecordedReturnByReturnNeverPastWhatIsOwedAndTheListExports() throws Exception {
        AssistanceApplication approved = d.fx.work.workflow().byId(d.wangCase).orElseThrow();
        AssistanceApplication paid = d.fx.work.workflow().pay(approved.id(), approved.version(), null, LocalDate.of(2024, 11, 25),
                null, ScreensFixture.service(d.fx.approver));
        Objection o = d.objections.record(paid.id(), "村民赵某", LocalDate.of(2024, 12, 2), "住院期间另有商业保险赔付",
                ScreensFixture.service(d.fx.reviewer));
        d.objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "保险公司理赔记录属实", new BigDecimal("2000.00"),
                "商业保险赔付2000元，按赔付额追回", LocalDate.of(2024, 12, 5), ScreensFixture.service(d.fx.approver));
        who.set(ScreensFixture.service(d.fx.reviewer));
        ObjectionsView view = show();
        robot.clickOn("王五");
        waitUntil(() -> robot.lookup("#recoveryTable").queryAs(TableView.class).getItems().size() == 1);
        type("#amountField", "500");
        type("#voucherField", "收据 No.0001");
        robot.clickOn("#recordReturnButton");
        assertTrue(said("只有拨付经办人"), "the wrong role is refused, in the error colour");
        assertEquals(List.of(), d.objections.returns().of(paid.id()).get(0).returns(), "nothing written");

        who.set(ScreensFixture.service(d.fx.approver));
        robot.clickOn("#recordReturnButton");
        assertTrue(!said("已登记追回 500.00 元，尚未追回 1,500.00 元"), "a success reads in the success colour");
        waitUntil(() -> robot.lookup("复核追回中：应退回 2,000.00 元，已追回 500.00 元").tryQuery().isPresent());
        type("#amountField", "1600");
        type("#voucherField", "收据 No.0002");
        robot.clickOn("#recordReturnButton");
        assertTrue(said("本次追回 1,600.00 元超过尚未追回的 1,500.00 元"));
        assertEquals(1, d.objections.returns().of(paid.id()).get(0).returns().size(), "refused: nothing written");
        type("#amountField", "1500");
        robot.clickOn("#recordReturnButton");
        assertTrue(!said("已全额追回 2,000.00 元，复核结束"));
        waitUntil(() -> robot.lookup("#returnTable").queryAs(TableView.class).getItems().size() == 2);
        ReportDesk.screenshot(robot, "reports-objections-returns.png");

        Path file = dir.resolve("recoveries.xlsx");
        view.setSaveTarget((owner, title, name, format) -> file);
        robot.clickOn("#recoveryXlsxButton");
        waitUntil(() -> Files.exists(file) && message().getText().startsWith("已保存"));
        List<Row> rows = XlsxExportTestAccess.read(file);
        Row header = rows.stream().filter(r -> r != null && r.getCellCount() > 0 && "案件编号".equals(r.getCell(0).getText()))
                .findFirst().orElseThrow();
        Row wang = rows.get(rows.indexOf(header) + 1);
        assertEquals("王五", wang.getCell(1).getText());
        assertEquals(CellType.NUMBER, wang.getCell(5).getType(), "应退回 is a number");
        assertEquals(0, new BigDecimal("2000.00").compareTo(wang.getCell(5).asNumber()));
        assertEquals(0, new BigDecimal("2000.00").compareTo(wang.getCell(7).asNumber()), "已追回");
        assertEquals(0, BigDecimal.ZERO.compareTo(wang.getCell(8).asNumber()), "未追回");
        assertEquals("已全额追回", wang.getCell(10).getText());

        Path pdf = dir.resolve("recoveries.pdf");
        view.setSaveTarget((owner, title, name, format) -> pdf);
        robot.clickOn("#recoveryPdfButton");
        waitUntil(() -> Files.exists(pdf) && message().getText().startsWith("已保存") && message().getText().contains("pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("公示异议复核追回清单") && text.contains("收据 No.0002") && text.contains("王五"), text);
            assertTrue(text.contains("白云镇医保经办所") && !text.contains("未提供"), "the print settings' office: " + text);
        }
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out != null) {
            Files.copy(pdf, Path.of(out, "reports-recoveries.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Stage.PAID, d.fx.work.workflow().byId(paid.id()).orElseThrow().stage());
    }

    @Test
    void anObjectionToAnApprovedCaseHoldsItsPaymentAndUpheldWithdrawsTheApproval() throws Exception {
        who.set(ScreensFixture.service(d.fx.reviewer));
        show();
        robot.clickOn("王五");
        type("#raisedByField", "村民李某");
        type("#contentField", "申请人家中有营运货车");
        robot.clickOn("#recordButton");
        assertTrue(!said("已登记 王五 案的异议，异议处理前暂停拨付"));
        waitUntil(() -> robot.lookup("1 条异议待核查（已审批未拨付，暂停拨付）").tryQuery().isPresent());
        AssistanceApplication a = d.fx.work.workflow().byId(d.wangCase).orElseThrow();
        WorkflowException held = assertThrows(WorkflowException.class, () -> d.fx.work.workflow().pay(a.id(), a.version(), null,
                ScreensFixture.TODAY, null, ScreensFixture.service(d.fx.approver)));
        assertEquals(WorkflowProblem.PAYOUT_HELD, held.problem());
        assertEquals(List.of(), d.fx.work.queries().payoutList().rows(), "not on the list the bank pays from");
        ReportDesk.screenshot(robot, "reports-objections-approved.png");

        who.set(ScreensFixture.service(d.fx.approver));
        robot.clickOn("申请人家中有营运货车");
        robot.clickOn("#outcomeBox").clickOn("异议成立");
        type("#checkField", "车辆登记查询属实");
        robot.clickOn("#resolveButton");
        assertTrue(!said("异议成立：王五 案已撤销审批"));
        AssistanceApplication after = d.fx.work.workflow().byId(d.wangCase).orElseThrow();
        assertEquals(Stage.REJECTED, after.stage());
        assertEquals(Stage.APPROVED, after.rejectedAtStage());
    }
}
