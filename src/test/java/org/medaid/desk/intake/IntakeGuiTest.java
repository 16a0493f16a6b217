package org.medaid.desk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.preview.PreviewViewModel;
import org.medaid.desk.ReportList;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.intake.IntakeCase;
import org.medaid.intake.IntakeRecord;
import org.medaid.model.Category;
import org.medaid.print.PdfInspect;
import org.medaid.print.PrintDocument;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 报表 › 申请受理 in the real desk (邵医保发〔2021〕32号 三(八)): the policy's checklist ticked off, the urgent mark
 * putting the case first, the 受理回执 with the acceptance date and the day the 10 working days end, and for a
 * refused case the day the applicant was told and the 不予救助告知书 with the reasons.
 */
class IntakeGuiTest extends ScreensGuiTest {

    private AssistanceApplication early;
    private AssistanceApplication late;
    private AssistanceApplication refused;

    @Override
    protected void fill(ScreensFixture f) {
        PersonRecord liu = f.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        PersonRecord wang = f.person("王五", ScreensFixture.SHAOYANG, "东山村", Category.MARGINAL);
        PersonRecord zhao = f.person("赵六", ScreensFixture.SHAOYANG, "东山村", Category.MARGINAL);
        early = apply(f, zhao, LocalDate.of(2024, 12, 2));
        late = apply(f, liu, LocalDate.of(2024, 12, 9));
        AssistanceApplication w = apply(f, wang, LocalDate.of(2024, 12, 3));
        refused = f.work.workflow().reject(w.id(), w.version(), "家庭人均收入高于当地低保边缘标准", LocalDate.of(2024, 12, 10),
                ScreensFixture.service(f.reviewer));
    }

    private static AssistanceApplication apply(ScreensFixture f, PersonRecord p, LocalDate on) {
        var bill = f.add(ScreensFixture.stay(p.id(), on.minusDays(5), "30000.00", "2000.00", "15000.00"), f.clerk);
        return f.work.workflow().apply(new ApplicationRequest(p.id(), List.of(bill.id()), on, new BigDecimal("6000.00"), null,
                null, null), ScreensFixture.service(f.clerk));
    }

    @SuppressWarnings("unchecked")
    private TableView<IntakeCase> table() {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private Node page() {
        Node page = robot.lookup("#caseTable").query();
        while (!page.getStyleClass().contains("page")) {
            page = page.getParent();
        }
        return page;
    }

    private void choose(long applicationId) throws Exception {
        int row = table().getItems().stream().map(IntakeCase::applicationId).toList().indexOf(applicationId);
        robot.interact(() -> table().getSelectionModel().select(row));
        waitUntil(() -> robot.from(page()).lookup("#factsLabel").queryLabeled().getText().contains(
                table().getItems().get(row).caseNumber()));
    }

    @Test
    void anApplicationIsReceivedWithItsChecklistMarkedUrgentAndARefusalIsNotifiedInWriting() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        ReportList.open(robot, "申请受理");
        waitUntil(() -> robot.lookup("#caseTable").tryQuery().isPresent() && table().getItems().size() == 3);
        assertEquals(List.of(early.id(), late.id(), refused.id()), table().getItems().stream().map(IntakeCase::applicationId).toList(),
                "open cases in the queue's order, then the refused one");
        assertEquals(List.of(), HeaderCheck.cut(table()));

        // the later application: the policy's six documents, three received, marked urgent
        choose(late.id());
        FlowPane docs = robot.from(page()).lookup("#documentsPane").queryAs(FlowPane.class);
        waitUntil(() -> docs.getChildren().size() == 6);
        for (int i : new int[] {0, 1, 5}) {
            robot.interact(() -> ((CheckBox) docs.getChildren().get(i)).setSelected(true));
        }
        Button save = robot.from(page()).lookup("#saveButton").queryButton();
        robot.interact(() -> robot.from(page()).lookup("#urgentCheck").queryAs(CheckBox.class).setSelected(true));
        robot.interact(save::fire);
        waitUntil(() -> robot.from(page()).lookup("#messageLabel").queryLabeled().getText().contains("急件"));
        assertTrue(fx.work.intake().of(late.id()).isEmpty(), "an urgent mark without its reason writes nothing");
        robot.interact(() -> robot.from(page()).lookup("#urgentReasonField").queryAs(TextField.class).setText("突发脑出血住院"));
        robot.interact(save::fire);
        waitUntil(() -> fx.work.intake().of(late.id()).isPresent());
        IntakeRecord r = fx.work.intake().of(late.id()).orElseThrow();
        assertEquals(List.of("书面申请", "相关证件", "医疗费用结算单据"), r.received());
        assertEquals(List.of("民政部门认定证明材料", "本年度的诊断病历", "必要的病史证明材料"), r.missing());
        assertTrue(r.urgent());
        waitUntil(() -> table().getItems().get(0).applicationId() == late.id() && table().getItems().get(0).urgent());
        waitUntil(() -> robot.from(table()).lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && "待补 3 项".equals(l.getText())));
        ShotsFolder.shoot(window.scene(), "intake.png");

        // the receipt shows the acceptance date, the day the township's working days end, the missing papers
        robot.interact(() -> robot.from(page()).lookup("#receiptButton").queryButton().fire());
        PrintDocument receipt = previewed();
        String text = PdfInspect.compact(receipt.pdf());
        assertTrue(text.contains("受理日期2024-12-09"), text);
        assertTrue(text.contains(late.visitDue().toString()), text);
        assertTrue(text.contains("本年度的诊断病历待补"), text);
        assertTrue(text.contains("突发脑出血住院"), text);
        Files.write(Path.of("target", "intake-receipt-screen.pdf"), receipt.pdf());
        closePreview();

        // the refused application: told today by hand, and the notice with the reasons
        choose(refused.id());
        Button told = robot.from(page()).lookup("#toldButton").queryButton();
        waitUntil(() -> !told.isDisabled());
        robot.interact(() -> robot.from(page()).lookup("#toldHowField").queryAs(TextField.class).setText("当面送达"));
        robot.interact(told::fire);
        waitUntil(() -> fx.work.intake().of(refused.id()).map(IntakeRecord::toldOn).isPresent());
        assertEquals(ScreensFixture.TODAY, fx.work.intake().of(refused.id()).orElseThrow().toldOn());
        waitUntil(() -> table().getItems().stream().anyMatch(c -> c.applicationId() == refused.id()
                && c.intake() != null && c.intake().toldOn() != null));
        robot.interact(() -> robot.from(page()).lookup("#refusalButton").queryButton().fire());
        PrintDocument notice = previewed();
        String n = PdfInspect.compact(notice.pdf());
        assertTrue(n.contains("不予医疗救助告知书"), n);
        assertTrue(n.contains("家庭人均收入高于当地低保边缘标准"), n);
        assertTrue(n.contains("告知日期" + ScreensFixture.TODAY), n);
        assertFalse(n.contains(fx.work.people().byId(refused.personId()).orElseThrow().idNumber()), "the ID number is masked");
        Files.write(Path.of("target", "refusal-notice-screen.pdf"), notice.pdf());
        ShotsFolder.shoot(preview().orElseThrow().getScene(), "intake-refusal-preview.png");
        closePreview();

        // a case not refused has no notice: the buttons say so by being off
        choose(early.id());
        waitUntil(() -> robot.from(page()).lookup("#refusalButton").queryButton().isDisabled());

        // the list to XLSX (the button is on once the list is read): typed cells under a title and the filter
        assertFalse(robot.from(page()).lookup("#xlsxButton").queryButton().isDisabled());
        exportsTheListWithTypedCells();
    }

    private void exportsTheListWithTypedCells() throws Exception {
        // made on the FX thread, the executor delivers at once (else it waits for the toolkit's start)
        FxTaskExecutor executor = WaitForAsyncUtils.asyncFx(() -> new FxTaskExecutor(Throwable::printStackTrace)).get();
        try {
            IntakeViewModel model = WaitForAsyncUtils.asyncFx(() -> new IntakeViewModel(fx.work, executor, ScreensFixture.CHINESE,
                    fx.as(fx.clerk)::current, () -> "白云镇医保经办所", j -> { })).get();
            robot.interact(model::load);
            waitUntil(() -> model.loadedProperty().get() != null);
            Path file = folder.resolve("intake.xlsx");
            robot.interact(() -> model.export(ReportFiles.Format.XLSX, file));
            waitUntil(() -> Files.exists(file) && model.state().status().message().startsWith("已保存"));
            List<Row> rows = XlsxExportTestAccess.read(file);
            assertEquals("医疗救助申请受理名单", rows.get(0).getCell(0).asString());
            String top = rows.subList(0, 4).stream().filter(r -> r != null && r.getCellCount() > 0)
                    .map(r -> r.getCellAsString(0).orElse("")).toList().toString();
            assertTrue(top.contains("在办申请") && top.contains("白云镇医保经办所"), top);
            int h = 0;
            while (rows.get(h) == null || rows.get(h).getCellCount() < 2 || !"受理编号".equals(rows.get(h).getCellAsString(1).orElse(""))) {
                h++;
            }
            Row first = rows.get(h + 1);
            assertEquals("急", first.getCell(0).asString(), "the urgent case first");
            assertEquals(late.caseNumber(), first.getCell(1).asString());
            assertEquals(CellType.STRING, first.getCell(1).getType(), "the case number is text");
            assertEquals("刘桂香", first.getCell(2).asString());
            assertEquals(LocalDate.of(2024, 12, 9), first.getCell(5).asDate().toLocalDate());
            assertEquals(late.visitDue(), first.getCell(6).asDate().toLocalDate());
            assertEquals("待补 3 项", first.getCell(8).asString());
            Row refusedRow = rows.get(h + 3);
            assertEquals(refused.caseNumber(), refusedRow.getCell(1).asString());
            assertTrue(refusedRow.getCell(8).asString().contains("已告知"), refusedRow.getCell(8).asString());
        } finally {
            executor.shutdown();
        }
    }

    private PrintDocument previewed() throws Exception {
        waitUntil(() -> preview().isPresent());
        PreviewViewModel model = (PreviewViewModel) preview().orElseThrow().getProperties().get(PreviewViewModel.class);
        waitUntil(() -> model.documentProperty().get() != null);
        return model.documentProperty().get();
    }

    private void closePreview() throws Exception {
        Stage s = preview().orElseThrow();
        robot.interact(s::close);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> preview().isEmpty());
    }

    private Optional<Stage> preview() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getProperties().containsKey(PreviewViewModel.class))
                .map(w -> (Stage) w).findFirst();
    }
}
