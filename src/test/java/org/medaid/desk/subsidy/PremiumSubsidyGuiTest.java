package org.medaid.desk.subsidy;

import org.medaid.desk.ReportList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.SubsidyRecord;
import org.medaid.insurance.SubsidyStatus;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * 报表 › 资助参保报送 in the real desk: list the year's subsidies, write the file for the tax department, read the
 * tax department's return file, see the rows paid, the sums by fund, and the 参保台账 marked (Linyi 2024, today
 * 2024-12-20).
 */
class PremiumSubsidyGuiTest extends ScreensGuiTest {

    private PersonRecord poor;
    private PersonRecord low;

    @Override
    protected void fill(ScreensFixture f) {
        poor = f.person("张三", ScreensFixture.LINYI, "东岭村", Category.EXTREME_POOR);
        low = f.person("李四", ScreensFixture.LINYI, "西岭村", Category.MINIMUM_LIVING);
    }

    @SuppressWarnings("unchecked")
    private TableView<SubsidyRecord> table() {
        return robot.lookup("#subsidyTable").queryAs(TableView.class);
    }

    private void setFile(Path file) {
        TextField f = robot.lookup("#fileField").queryAs(TextField.class);
        robot.clickOn(f);
        shortcut(KeyCode.CONTROL, KeyCode.A);
        robot.write(file.toString());
    }

    @Test
    void aSubsidyRowGoesThroughTheLoopWithATaxReturnFile() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        ReportList.open(robot, "资助参保报送");
        waitUntil(() -> robot.lookup("#prepareButton").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Labeled.class).getText().startsWith("待报送 0 人"));
        // the date as the desk writes dates, not the machine locale's 12/20/2024
        String date = robot.lookup("#dateField").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText();
        org.junit.jupiter.api.Assertions.assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), "the date field shows " + date);
        robot.clickOn("#prepareButton");
        waitUntil(() -> table().getItems().size() == 2);
        assertEquals("150.00", table().getColumns().get(4).getCellData(1).toString().replace(",", ""),
                "李四 (低保): 150 from the assistance fund");
        assertEquals("250.00", table().getColumns().get(5).getCellData(1).toString().replace(",", ""));
        assertEquals("2024-12-27", table().getColumns().get(7).getCellData(0), "5 working days after Friday 20 December");
        assertEquals(List.of(), org.medaid.desk.HeaderCheck.cut(table()));

        Path out = folder.resolve("报送税务.csv");
        setFile(out);
        robot.clickOn("#sendButton");
        waitUntil(() -> table().getItems().stream().allMatch(r -> r.status() == SubsidyStatus.SENT));
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, written.size(), "header and two people");
        assertTrue(written.get(1).contains(poor.idNumber()));

        Path back = folder.resolve("回执.csv");
        Files.write(back, List.of("姓名,身份证号,缴费日期", "张三," + poor.idNumber() + ",2024-12-20",
                "李四," + low.idNumber() + ",2024-12-20"), StandardCharsets.UTF_8);
        setFile(back);
        robot.clickOn("#confirmButton");
        waitUntil(() -> table().getItems().stream().allMatch(r -> r.status() == SubsidyStatus.PAID));
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Labeled.class).getText()
                .contains("医疗救助基金 550.00，县级财政 250.00，合计 800.00"));
        assertEquals(InsuranceStatus.RESIDENT, fx.work.insurance().forPerson(low.id()).get(0).status(),
                "the 参保台账 is marked from the return file");

        // a refund needs its reason: the sentence is on screen
        robot.clickOn(table().lookup(".table-row-cell"));
        waitUntil(() -> !robot.lookup("#refundButton").queryButton().isDisabled());
        robot.clickOn("#refundButton");
        waitUntil(() -> "退费请填写原因".equals(robot.lookup("#errorLabel").queryAs(Labeled.class).getText()));
        robot.clickOn("#refundReasonField").write("重复缴费");
        robot.clickOn("#refundButton");
        waitUntil(() -> table().getItems().stream().anyMatch(r -> r.status() == SubsidyStatus.REFUNDED));
        ShotsFolder.shoot(window.scene(), "premium-subsidy-loop.png");
    }
}
