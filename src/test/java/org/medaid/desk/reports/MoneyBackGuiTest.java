package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.settlement.IssuedVia;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Objection;
import org.medaid.workflow.RecoveryAccount;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 统计报表 and 资金清算 with money owed back and returned (ADR 0093), in a real window over a real H2 store (headless
 * Monocle): 王五's case (bill settled 2024-10-20) paid 3,500.00 on application on 2024-11-25, the objection upheld on
 * 2024-12-05 asking back 2,000.00, 1,200.00 returned on 2024-12-10 and 800.00 on 2024-12-12 voided. The statistics' month
 * table and the fund's reconciliation show 依申请拨付 in November, 应退回 2,000.00 and 已追回 1,200.00 in December, the detail lists the voided return with nothing
 * counted, and both PDFs carry the new columns. With {@code MEDAID_SCREENSHOTS} set, the screens and PDFs are left there.
 */
class MoneyBackGuiTest {

    @TempDir
    Path dir;
    ReportDesk d;
    FxTaskExecutor executor;
    final FxRobot robot = new FxRobot();
    final AtomicReference<Path> target = new AtomicReference<>();
    final SaveTarget save = (owner, title, name, format) -> target.get();

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
        AssistanceApplication approved = d.fx.work.workflow().byId(d.wangCase).orElseThrow();
        d.settlements.issue(approved.bills().get(0).billId(), IssuedVia.MARKED, "新邵县医保局", "张经办", "clerk1");
        AssistanceApplication paid = d.fx.work.workflow().pay(approved.id(), approved.version(), null, LocalDate.of(2024, 11, 25),
                null, ScreensFixture.service(d.fx.approver));
        Objection o = d.objections.record(paid.id(), "村民赵某", LocalDate.of(2024, 12, 2), "住院期间另有商业保险赔付",
                ScreensFixture.service(d.fx.reviewer));
        d.objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "保险公司理赔记录属实", new BigDecimal("2000.00"),
                "商业保险赔付2000元，按赔付额追回", LocalDate.of(2024, 12, 5), ScreensFixture.service(d.fx.approver));
        long recovery = d.objections.recoveries(paid.id()).get(0).id();
        d.objections.returns().recordReturn(recovery, LocalDate.of(2024, 12, 10), new BigDecimal("1200.00"), "收据 No.0001",
                ScreensFixture.service(d.fx.approver));
        RecoveryAccount a = d.objections.returns().recordReturn(recovery, LocalDate.of(2024, 12, 12), new BigDecimal("800.00"),
                "收据 No.0002", ScreensFixture.service(d.fx.approver));
        d.objections.returns().voidReturn(a.returns().get(1).id(), "重复登记", ScreensFixture.service(d.fx.approver));
    }

    @AfterEach
    void close() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        d.close();
    }

    private <T> T onFx(Callable<T> make) throws Exception {
        return WaitForAsyncUtils.asyncFx(make).get();
    }

    private Parent root;

    private void show(Parent page) throws Exception {
        root = page;
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(page, 1360, 860));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path export(String button, String name) throws Exception {
        Path file = dir.resolve(name);
        target.set(file);
        robot.clickOn(button);
        waitUntil(() -> Files.exists(file) && robot.from(root).lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("已保存"));
        return file;
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void keep(Path file, String name) throws Exception {
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out != null) {
            Files.copy(file, Path.of(out, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<List<Object>> table(String id) {
        return robot.from(root).lookup(id).queryAs(TableView.class);
    }

    @Test
    void theStatisticsShowPaidOwedBackReturnedAndNetByMonth() throws Exception {
        StatisticsView view = onFx(() -> new StatisticsView(new StatisticsViewModel(d::statistics, executor, ScreensFixture.CHINESE,
                () -> "新邵县医保局", () -> ScreensFixture.TODAY)));
        view.setSaveTarget(save);
        show(view.view());
        WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> table("#backTable").getItems().size() == 13);
        List<Object> dec = table("#backTable").getItems().get(11);
        assertEquals("2024-12", dec.get(0));
        assertEquals(new BigDecimal("2000.00"), dec.get(3), "应退回 in the month the objection was upheld");
        assertEquals(new BigDecimal("1200.00"), dec.get(4), "已追回: the voided 800.00 does not count");
        assertEquals(new BigDecimal("-1200.00"), dec.get(5), "nothing settled or paid in December");
        List<Object> nov = table("#backTable").getItems().get(10);
        assertEquals(new BigDecimal("3500.00"), nov.get(2), "paid on application on 2024-11-25");
        assertEquals(new BigDecimal("0.00"), nov.get(4));
        List<Object> total = table("#backTable").getItems().get(12);
        assertEquals(((BigDecimal) total.get(1)).add(new BigDecimal("2300.00")), total.get(5));
        assertTrue(robot.from(root).lookup("#messageLabel").queryAs(Labeled.class).getText().contains("依申请拨付 3,500.00 元，应退回 2,000.00 元，已追回 1,200.00 元"),
                robot.from(root).lookup("#messageLabel").queryAs(Labeled.class).getText());
        WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup(".scroll-pane").queryAs(ScrollPane.class).setVvalue(1.0)).get();
        WaitForAsyncUtils.waitForFxEvents();
        ReportDesk.screenshot(robot, "reports-statistics-money-back.png");
        Path pdf = export("#pdfButton", "stats.pdf");
        String text = pdfText(pdf);
        String compact = text.replaceAll("\\s+", "");
        assertTrue(compact.contains("本期依申请拨付、应退回及追回款明细") && compact.contains("收据No.0001") && compact.contains("重复登记")
                && compact.contains("各月救助支出（结算＋依申请拨付）与追回"), text);
        keep(pdf, "reports-statistics-money-back.pdf");
    }

    @Test
    void theFundReportReconcilesPaidWithWhatCameBackAndListsEveryReturn() throws Exception {
        FundPaymentsViewModel model = new FundPaymentsViewModel(d::fund, executor, ScreensFixture.CHINESE, () -> "新邵县医保局",
                () -> ScreensFixture.TODAY);
        FundPaymentsView view = onFx(() -> new FundPaymentsView(model));
        view.setSaveTarget(save);
        show(view.view());
        WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> robot.from(root).lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("应付医院"));
        assertEquals(4, table("#backTable").getItems().size(), "three rows and the totals");
        List<List<Object>> back = table("#backTable").getItems();
        assertEquals(List.of("应退回（异议成立）", "已追回", "追回款已作废"), back.subList(0, 3).stream().map(r -> r.get(1)).toList());
        assertEquals(new BigDecimal("2000.00"), back.get(0).get(10));
        assertEquals(new BigDecimal("1200.00"), back.get(1).get(11));
        assertEquals(null, back.get(2).get(11), "the voided return adds nothing");
        assertEquals(new BigDecimal("1200.00"), back.get(3).get(11), "the totals row");
        List<List<Object>> reconcile = table("#reconcileTable").getItems();
        List<Object> total = reconcile.get(reconcile.size() - 1);
        assertEquals(new BigDecimal("0.00"), total.get(1), "nothing settled in December");
        assertEquals(new BigDecimal("0.00"), total.get(2), "paid on application in November");
        assertEquals(new BigDecimal("2000.00"), total.get(3));
        assertEquals(new BigDecimal("1200.00"), total.get(4));
        assertEquals(new BigDecimal("-1200.00"), total.get(5));
        assertTrue(robot.from(root).lookup("#messageLabel").queryAs(Labeled.class).getText().contains("应退回 2,000.00 元，已追回 1,200.00 元；净额 -1,200.00 元"));
        ReportDesk.screenshot(robot, "reports-fund-money-back.png");
        Path pdf = export("#pdfButton", "fund.pdf");
        String text = pdfText(pdf);
        String compact = text.replaceAll("\\s+", "");
        assertTrue(compact.contains("救助支出净额") && compact.contains("收据No.0002") && compact.contains("-1,200.00"), text);
        keep(pdf, "reports-fund-money-back.pdf");

        // November: the payment on application, nothing owed back or returned yet
        WaitForAsyncUtils.asyncFx(() -> model.report().periodProperty().set(org.medaid.reports.ReportPeriod.month(2024, 11))).get();
        robot.clickOn("#queryButton");
        waitUntil(() -> table("#backTable").getItems().size() == 2 && robot.from(root).lookup("#messageLabel").queryAs(Labeled.class).getText()
                .contains("依申请拨付 3,500.00 元；应退回 0.00 元"));
        assertEquals("依申请拨付", table("#backTable").getItems().get(0).get(1));
        assertEquals(new BigDecimal("3500.00"), table("#backTable").getItems().get(0).get(9));
    }
}
