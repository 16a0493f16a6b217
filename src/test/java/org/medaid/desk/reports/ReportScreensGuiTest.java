package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.SaveTarget;
import org.medaid.model.Category;
import org.medaid.desk.lists.ListsView;
import org.medaid.desk.lists.ListsViewModel;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.session.Session;
import org.medaid.watch.WatchAction;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;
import org.medaid.workflow.WorkflowProblem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 报表 screens in a real window over a real H2 store, driven through their controls (headless Monocle): the
 * statistics with charts, the watch list with an act recorded, the fund payments, the objections that hold a case,
 * and the lists' exports; every export read back from the file (XLSX by fastexcel's reader, PDF by PDFBox).
 * With {@code MEDAID_SCREENSHOTS} set to a folder, each screen and the statistics PDF are left there.
 */
class ReportScreensGuiTest {

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

    private void show(Supplier<Parent> root) throws Exception {
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(root.get(), 1360, 860));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves through the export button {@code button} to {@code name} and waits for the whole file. */
    private Path export(String button, String name) throws Exception {
        Path file = dir.resolve(name);
        target.set(file);
        robot.clickOn(button);
        waitUntil(() -> Files.exists(file));
        return file;
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<List<Object>> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void statisticsShowChartsAndTablesForThePeriodChosenAndExportBoth() throws Exception {
        StatisticsView view = onFx(() -> new StatisticsView(new StatisticsViewModel(d::statistics, executor, ScreensFixture.CHINESE,
                () -> "新邵县医保局", () -> ScreensFixture.TODAY)));
        view.setSaveTarget(save);
        show(view::view);
        WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> table("#channelTable").getItems().size() == 3);
        TableView<List<Object>> channel = table("#channelTable");
        assertEquals("一站式结算（医院垫付）", channel.getItems().get(0).get(0));
        assertEquals(1L, channel.getItems().get(0).get(1), "低保丁's one bill");
        assertEquals(new BigDecimal("4200.00"), channel.getItems().get(0).get(3));
        assertEquals(new BigDecimal("4200.00"), channel.getItems().get(1).get(3), "低保甲 claimed afterwards");
        assertEquals(13, table("#tierTable").getItems().size(), "twelve months and the totals");
        ReportDesk.screenshot(robot, "reports-statistics.png");

        Path xlsx = export("#xlsxButton", "stats.xlsx");
        List<Row> rows = XlsxExportTestAccess.read(xlsx);
        assertEquals("按结算方式统计", rows.get(0).getCell(0).asString());
        Row oneStop = rows.stream().filter(r -> r != null && r.getCellCount() > 0 && "一站式结算（医院垫付）".equals(r.getCell(0).getText()))
                .findFirst().orElseThrow();
        assertEquals(CellType.NUMBER, oneStop.getCell(1).getType());
        Path pdf = export("#pdfButton", "stats.pdf");
        String text = pdfText(pdf);
        assertTrue(text.contains("医疗救助统计报表") && text.contains("按乡镇统计") && text.contains("各月各项支付金额"), text);
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out != null) {
            Files.copy(pdf, Path.of(out, "reports-statistics.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }

        // the second quarter: only 低保丁's one-stop bill of 05-06
        robot.clickOn("#periodKind").clickOn("按季度");
        robot.clickOn("#periodN").clickOn("第2季度");
        waitUntil(() -> table("#channelTable").getItems().size() == 3 && Long.valueOf(0L).equals(table("#channelTable").getItems().get(1).get(1)));
        assertEquals(1L, table("#channelTable").getItems().get(0).get(1));
        assertEquals(4, table("#tierTable").getItems().size(), "three months and the totals");
    }

    @Test
    void theWatchListShowsWhoAndWhyAndRecordsWhatWasDone() throws Exception {
        Session reviewer = ScreensFixture.service(d.fx.reviewer);
        WatchListViewModel model = new WatchListViewModel(d::watchLists, d.watchStore, executor, ScreensFixture.CHINESE,
                () -> reviewer, () -> "新邵县医保局", () -> ScreensFixture.TODAY);
        WatchListView view = onFx(() -> new WatchListView(model));
        view.setSaveTarget(save);
        show(view::view);
        robot.clickOn("#ruleBox").clickOn("倾斜救助核查名单（邵阳）");
        waitUntil(() -> view.rows().stream().anyMatch(e -> e.name().equals("刘桂香")));
        assertFalse(view.rows().stream().anyMatch(e -> e.name().equals("低保甲")), "甲's burden after assistance is under the line");
        robot.clickOn("刘桂香");
        robot.clickOn("#actionBox").clickOn("已核查");
        robot.clickOn("#noteField").write("已入户核实，转乡镇申请");
        robot.clickOn("#recordButton");
        waitUntil(() -> view.rows().stream().anyMatch(e -> e.name().equals("刘桂香") && e.lastAction() != null));
        assertEquals(WatchAction.REVIEWED, view.rows().stream().filter(e -> e.name().equals("刘桂香")).findFirst().orElseThrow()
                .lastAction().action());
        assertTrue(robot.lookup("#actMessageLabel").queryAs(Labeled.class).getText().startsWith("已记录"));
        assertTrue(robot.lookup("#actMessageLabel").queryAs(Labeled.class).getStyleClass().contains("field-ok"), "已记录 is news, shown in the success colour");
        ReportDesk.screenshot(robot, "reports-watch.png");

        // 无需救助 without a reason: refused in Chinese, nothing written
        robot.clickOn("刘桂香");
        robot.clickOn("#actionBox").clickOn("无需救助");
        robot.clickOn("#recordButton");
        waitUntil(() -> !robot.lookup("#actMessageLabel").queryAs(Labeled.class).getText().startsWith("已记录"));
        assertTrue(robot.lookup("#actMessageLabel").queryAs(Labeled.class).getText().matches(".*[\\u4e00-\\u9fa5].*"));
        assertTrue(robot.lookup("#actMessageLabel").queryAs(Labeled.class).getStyleClass().contains("field-message"), "a refusal is red");
        assertEquals(1, d.watchStore.history(org.medaid.watch.WatchRule.SHAOYANG_TILT, d.liu.id(), 2024).size());

        Path xlsx = export("#xlsxButton", "watch.xlsx");
        List<Row> rows = XlsxExportTestAccess.read(xlsx);
        Row liu = rows.stream().filter(r -> r != null && r.getCellCount() > 1 && "刘桂香".equals(r.getCell(1).getText())).findFirst()
                .orElseThrow();
        assertEquals("已核查", liu.getCell(12).asString());
        assertEquals(CellType.NUMBER, liu.getCell(5).getType());
        assertTrue(pdfText(export("#pdfButton", "watch.pdf")).contains("刘桂香"));

        // a Linyi person on the desk: every list says the rules of 临医保发〔2022〕13号 四 are still to be made
        d.fx.person("支出甲", ScreensFixture.LINYI, "朱保村", Category.EXPENDITURE_HARDSHIP);
        robot.clickOn("#ruleBox").clickOn("月度监测预警名单（广西）");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText().contains("另行制定"));
        assertTrue(robot.lookup("#messageLabel").queryAs(Labeled.class).getText().contains("突发严重困难户"));
        ReportDesk.screenshot(robot, "reports-watch-linyi.png");
    }

    @Test
    void theFundPaymentsTellHospitalsFromPersonsAndExport() throws Exception {
        FundPaymentsView view = onFx(() -> new FundPaymentsView(new FundPaymentsViewModel(d::fund, executor, ScreensFixture.CHINESE,
                () -> "新邵县医保局", () -> ScreensFixture.TODAY)));
        view.setSaveTarget(save);
        show(view::view);
        WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("应付医院"));
        assertTrue(table("#hospitalTable").getItems().isEmpty(), "nothing settled in December");
        robot.clickOn("#periodKind").clickOn("按年");
        waitUntil(() -> table("#hospitalTable").getItems().size() == 2);
        assertEquals("邵东县人民医院", table("#hospitalTable").getItems().get(0).get(1));
        assertEquals(new BigDecimal("4200.00"), table("#hospitalTable").getItems().get(0).get(7));
        assertEquals("低保甲", table("#personTable").getItems().get(0).get(1));
        assertEquals("6230000000000000007", table("#personTable").getItems().get(0).get(6), "paid to the person's account");
        ReportDesk.screenshot(robot, "reports-fund.png");
        String pdf = pdfText(export("#pdfButton", "fund.pdf"));
        assertTrue(pdf.contains("邵东县人民医院") && pdf.contains("4,200.00") && pdf.contains("零星报销"), pdf);
        List<Row> rows = XlsxExportTestAccess.read(export("#xlsxButton", "fund.xlsx"));
        Row h = rows.stream().filter(r -> r != null && r.getCellCount() > 7 && "邵东县人民医院".equals(r.getCell(1).getText()))
                .findFirst().orElseThrow();
        assertEquals(CellType.NUMBER, h.getCell(7).getType());
        assertEquals(0, new BigDecimal("4200.00").compareTo(h.getCell(7).asNumber()));
    }

    @Test
    void anObjectionRecordedOnScreenHoldsTheCaseUntilTheCountyDismissesIt() throws Exception {
        AtomicReference<Session> who = new AtomicReference<>(ScreensFixture.service(d.fx.reviewer));
        ObjectionsView view = onFx(() -> new ObjectionsView(new ObjectionsViewModel(d.objections, d.fx.work.queries(), executor,
                ScreensFixture.CHINESE, who::get, ScreensFixture.TODAY)));
        show(view::view);
        WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> robot.lookup("#caseTable").queryAs(TableView.class).getItems().size() == 2); // 王五, approved, is on the Q4 notice too
        robot.clickOn("刘桂香");
        robot.clickOn("#raisedByField").write("村民李某");
        robot.clickOn("#contentField").write("申请人家中有营运货车");
        robot.clickOn("#recordButton");
        waitUntil(() -> robot.lookup("#objectionTable").queryAs(TableView.class).getItems().size() == 1);
        assertTrue(robot.lookup("#messageLabel").queryAs(Labeled.class).getText().contains("暂停审批"));
        ReportDesk.screenshot(robot, "reports-objections.png");
        WorkflowException held = assertThrows(WorkflowException.class, () -> d.fx.work.workflow().approve(d.atNotice.id(),
                d.atNotice.version(), null, ScreensFixture.TODAY, null, ScreensFixture.service(d.fx.approver)));
        assertEquals(WorkflowProblem.OBJECTION_OPEN, held.problem());

        // the township may not decide it: a sentence, nothing written
        robot.clickOn("申请人家中有营运货车");
        robot.clickOn("#outcomeBox").clickOn("异议不成立");
        robot.clickOn("#checkField").write("入户核实：货车已出售");
        robot.clickOn("#resolveButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("只有"));
        assertTrue(d.objections.of(d.atNotice.id()).get(0).open());

        who.set(ScreensFixture.service(d.fx.approver));
        robot.clickOn("#resolveButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("异议不成立"));
        assertEquals(Stage.APPROVED, d.fx.work.workflow().approve(d.atNotice.id(), d.atNotice.version(), null,
                ScreensFixture.TODAY, null, ScreensFixture.service(d.fx.approver)).stage());
    }

    @Test
    void anObjectionUpheldAfterPaymentRecordsTheAmountToRecover() throws Exception {
        AssistanceApplication approved = d.fx.work.workflow().byId(d.wangCase).orElseThrow();
        AssistanceApplication paid = d.fx.work.workflow().pay(approved.id(), approved.version(), null, LocalDate.of(2024, 11, 25),
                null, ScreensFixture.service(d.fx.approver));
        assertEquals(new BigDecimal("3500.00"), paid.approvedAmount(), "(28,000 − 15,000 − 6,000) × 50%");
        AtomicReference<Session> who = new AtomicReference<>(ScreensFixture.service(d.fx.reviewer));
        ObjectionsView view = onFx(() -> new ObjectionsView(new ObjectionsViewModel(d.objections, d.fx.work.queries(), executor,
                ScreensFixture.CHINESE, who::get, ScreensFixture.TODAY)));
        show(view::view);
        WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> robot.lookup("#caseTable").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("王五");
        robot.clickOn("#raisedByField").write("村民赵某");
        robot.clickOn("#contentField").write("住院期间另有商业保险赔付");
        robot.clickOn("#recordButton");
        waitUntil(() -> robot.lookup("#objectionTable").queryAs(TableView.class).getItems().size() == 1);

        who.set(ScreensFixture.service(d.fx.approver));
        robot.clickOn("住院期间另有商业保险赔付");
        robot.clickOn("#outcomeBox").clickOn("异议成立");
        robot.clickOn("#checkField").write("保险公司理赔记录属实");
        robot.clickOn("#recoverField").write("3600");
        robot.clickOn("#resolveButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText()
                .equals("应退回金额须大于零且不超过已拨付金额 3,500.00 元"));
        assertEquals(List.of(), d.objections.recoveries(paid.id()), "refused: nothing written");

        robot.doubleClickOn("#recoverField").eraseText(4).write("2000.00");
        robot.clickOn("#resolveButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("应退回金额与已拨付金额不同"));
        robot.clickOn("#amountReasonField").write("商业保险赔付2000元，按赔付额追回");
        robot.clickOn("#resolveButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Labeled.class).getText().startsWith("异议成立：王五"));
        waitUntil(() -> robot.lookup("复核追回中：应退回 2,000.00 元，已追回 0.00 元").tryQuery().isPresent());
        ReportDesk.screenshot(robot, "reports-objections-paid.png");
        assertEquals(new BigDecimal("2000.00"), d.objections.recoveries(paid.id()).get(0).amountDue());
        assertEquals(Stage.PAID, d.fx.work.workflow().byId(paid.id()).orElseThrow().stage());
    }

    @Test
    void everyListExportsToXlsxAndPdfAndThePayoutListInTheBanksLayout() throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        try {
            ListsViewModel model = new ListsViewModel(d.fx.work, executor, ScreensFixture.CHINESE, d.fx.as(d.fx.clerk),
                    new PrintSettings(prefs));
            ListsView view = onFx(() -> new ListsView(model));
            view.setSaveTarget(save);
            show(() -> {
                ReportsView reports = new ReportsView(List.of(
                        new ReportEntry("notice", "reports.group.lists", "lists.notice", () -> new ReportScreen(view.notice(), model::load)),
                        new ReportEntry("payout", "reports.group.lists", "lists.payout", () -> new ReportScreen(view.payout(), model::load)),
                        new ReportEntry("waiting", "reports.group.lists", "lists.waiting", () -> new ReportScreen(view.waiting(), model::load))),
                        ScreensFixture.CHINESE, "payout", id -> { });
                reports.shown();
                return (Parent) reports.view();
            });
            org.medaid.desk.ReportList.open(robot, "拨付名单");
            waitUntil(() -> model.payout().size() == 1);
            List<Row> bank = XlsxExportTestAccess.read(export("#payoutBank", "bank.xlsx"));
            Row header = bank.stream().filter(r -> r != null && r.getCellCount() > 0 && "姓名".equals(r.getCell(0).getText()))
                    .findFirst().orElseThrow();
            assertEquals(List.of("姓名", "身份证号", "银行账号", "开户银行", "金额（元）", "案件编号"), header.stream().map(c -> c.getText()).toList());
            Row wang = bank.get(bank.indexOf(header) + 1);
            assertEquals(d.wang.idNumber(), wang.getCell(1).asString());
            assertEquals(CellType.STRING, wang.getCell(2).getType(), "the account is text");
            assertEquals(0, model.payout().get(0).amount().compareTo(wang.getCell(4).asNumber()), "the granted amount");
            assertTrue(pdfText(export("#payoutPdf", "payout.pdf")).contains(d.wang.idNumber()));
            org.medaid.desk.ReportList.open(robot, "待办名单");
            List<Row> waiting = XlsxExportTestAccess.read(export("#waitingXlsx", "waiting.xlsx"));
            assertTrue(waiting.stream().anyMatch(r -> r != null && r.getCellCount() > 2 && "刘桂香".equals(r.getCell(2).getText())));
            org.medaid.desk.ReportList.open(robot, "救助公示名单");
            String notice = pdfText(export("#noticePdf", "notice.pdf"));
            assertTrue(notice.contains("王五") && !notice.contains(d.wang.idNumber()), "the notice never has the full number: " + notice);
            ReportDesk.screenshot(robot, "reports-lists.png");
        } finally {
            prefs.removeNode();
        }
    }
}
