package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.export.ExportText;
import org.medaid.export.RecoveryExports;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.session.Session;
import org.medaid.table.Column;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Objection;
import org.medaid.workflow.WorkflowService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 金额理由 column of the recovery list (ADR 0077 amendment, objection22), on 报表 › 公示异议 in a real window over a
 * real H2 store (headless Monocle) and in the XLSX and PDF the screen writes: 王五's case, paid, has two recoveries, each
 * with the reason recorded for an amount other than the amount paid; 刘桂香's, paid, one for the whole amount paid, which
 * needed no reason and shows none. With {@code MEDAID_SCREENSHOTS} set to a folder, the screen and the PDF are left there.
 */
class RecoveryReasonColumnGuiTest {

    static final String FIRST_REASON = "商业保险赔付2000元，按赔付额追回";
    static final String SECOND_REASON = "货车收入足以负担，其余部分一并追回";

    @TempDir
    Path dir;
    ReportDesk d;
    FxTaskExecutor executor;
    Preferences prefs;
    final FxRobot robot = new FxRobot();
    final AtomicReference<Session> who = new AtomicReference<>();
    ObjectionsView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        org.medaid.model.Labels.setLocale(Locale.SIMPLIFIED_CHINESE);
        d = new ReportDesk(dir.resolve("data"));
        executor = new FxTaskExecutor(Throwable::printStackTrace);
        executor.toolkitStarted();
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        WorkflowService w = d.fx.work.workflow();
        Session approver = ScreensFixture.service(d.fx.approver);
        Session reviewer = ScreensFixture.service(d.fx.reviewer);
        AssistanceApplication wang = w.byId(d.wangCase).orElseThrow();
        wang = w.pay(wang.id(), wang.version(), null, LocalDate.of(2024, 11, 25), null, approver);
        Objection one = d.objections.record(wang.id(), "村民赵某", LocalDate.of(2024, 12, 2), "住院期间另有商业保险赔付", reviewer);
        d.objections.resolve(one.id(), wang.version(), Objection.Outcome.UPHELD, "保险公司理赔记录属实", new BigDecimal("2000.00"),
                FIRST_REASON, LocalDate.of(2024, 12, 5), approver);
        Objection two = d.objections.record(wang.id(), "村民钱某", LocalDate.of(2024, 12, 9), "家中有营运货车", reviewer);
        d.objections.resolve(two.id(), wang.version(), Objection.Outcome.UPHELD, "车辆登记查询属实", null, SECOND_REASON,
                LocalDate.of(2024, 12, 10), approver);

        AssistanceApplication liu = d.atNotice;
        liu = w.approve(liu.id(), liu.version(), null, LocalDate.of(2024, 12, 16), null, approver);
        liu = w.pay(liu.id(), liu.version(), null, LocalDate.of(2024, 12, 17), null, approver);
        Objection three = d.objections.record(liu.id(), "村民孙某", LocalDate.of(2024, 12, 18), "已外出务工", reviewer);
        d.objections.resolve(three.id(), liu.version(), Objection.Outcome.UPHELD, "务工收入核实", null, null,
                LocalDate.of(2024, 12, 19), approver);

        who.set(approver);
        view = d.showObjections(executor, who::get, new PrintSettings(prefs)::office, robot, 2);
    }

    @AfterEach
    void close() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        d.close();
        prefs.removeNode();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        ReportDesk.waitUntil(condition);
    }

    private Label message() {
        return robot.lookup("#messageLabel").queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> reasonsShown() throws Exception {
        TableView<Object> t = robot.lookup("#recoveryTable").queryAs(TableView.class);
        TableColumn<Object, ?> c = t.getColumns().stream().filter(x -> "金额理由".equals(x.getText())).findFirst().orElseThrow();
        return WaitForAsyncUtils.asyncFx(() -> t.getItems().stream().map(i -> String.valueOf(c.getCellData(i))).toList()).get();
    }

    @Test
    void theScreenShowsTheReasonBesideTheAmountAndNothingWhereNoneWasNeeded() throws Exception {
        robot.clickOn("刘桂香");
        waitUntil(() -> robot.lookup("#recoveryTable").queryAs(TableView.class).getItems().size() == 1);
        assertEquals(List.of(""), reasonsShown(), "the whole amount paid needed no reason");
        robot.clickOn("王五");
        waitUntil(() -> robot.lookup("#recoveryTable").queryAs(TableView.class).getItems().size() == 2);
        assertEquals(List.of(FIRST_REASON, SECOND_REASON), reasonsShown());
        ReportDesk.screenshot(robot, "reports-objections-amount-reason.png");
    }

    @Test
    void theRecoveryListsCarryTheReasonInTheFileAndOnPaper() throws Exception {
        Path xlsx = dir.resolve("recoveries.xlsx");
        view.setSaveTarget((owner, title, name, format) -> xlsx);
        robot.clickOn("#recoveryXlsxButton");
        waitUntil(() -> Files.exists(xlsx) && message().getText().startsWith("已保存"));
        List<Row> rows = XlsxExportTestAccess.read(xlsx);
        Row header = rows.stream().filter(r -> r != null && r.getCellCount() > 0 && "案件编号".equals(r.getCell(0).getText()))
                .findFirst().orElseThrow();
        assertEquals("金额理由", header.getCell(6).getText());
        // the newest first: 刘桂香's whole amount, then 王五's second and first
        List<Row> body = rows.subList(rows.indexOf(header) + 1, rows.indexOf(header) + 4);
        assertEquals(List.of("刘桂香", "王五", "王五"), body.stream().map(r -> r.getCell(1).getText()).toList());
        assertTrue(body.get(0).getCell(6) == null || body.get(0).getCell(6).getText().isEmpty(), "blank where none was needed");
        assertEquals(SECOND_REASON, body.get(1).getCell(6).getText());
        assertEquals(FIRST_REASON, body.get(2).getCell(6).getText());

        Path pdf = dir.resolve("reports-recoveries-amount-reason.pdf");
        view.setSaveTarget((owner, title, name, format) -> pdf);
        robot.clickOn("#recoveryPdfButton");
        waitUntil(() -> Files.exists(pdf) && message().getText().startsWith("已保存") && message().getText().contains("pdf"));
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out != null) {
            Files.copy(pdf, Path.of(out, pdf.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("金额理由"), text);
            assertTrue(text.contains(FIRST_REASON) && text.contains(SECOND_REASON), text);
        }
    }

    @Test
    void theColumnIsNamedInEachLanguage() {
        for (var expected : List.of(List.of(Locale.SIMPLIFIED_CHINESE, "金额理由"), List.of(Locale.ENGLISH, "Reason for the amount"))) {
            List<Column> cols = new RecoveryExports(new ExportText((Locale) expected.get(0)))
                    .recoveries(List.of(), null, ScreensFixture.TODAY).columns();
            Column reason = cols.get(6);
            assertEquals(expected.get(1), reason.header());
            assertTrue(reason.onPaper(), "printed, not only in the file");
        }
    }
}
