package org.medaid.desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.ReportList;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.identity.Department;
import org.medaid.importer.ImportLogEntry;
import org.medaid.importer.ListKind;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/** 报表 › 导入记录 in the real desk: a full list imported before shows its file, kind, department, month and counts. */
class ImportLogGuiTest extends ScreensGuiTest {

    @Override
    protected void fill(ScreensFixture f) {
        PersonRecord zhang = f.person("张三", ScreensFixture.LINYI, "东岭村", Category.MINIMUM_LIVING);
        f.person("李四", ScreensFixture.LINYI, "东岭村", Category.MINIMUM_LIVING);
        try {
            Path file = folder.resolve("民政11月全量.csv");
            Files.writeString(file, "姓名,身份证号,人员类别,认定日期\n张三," + zhang.idNumber() + ",低保对象,2020-01-01\n",
                    StandardCharsets.UTF_8);
            ImportViewModel model = new ImportViewModel(f.work.importer(), new SameThreadTaskExecutor(),
                    ScreensFixture.CHINESE, () -> f.session("clerk1"));
            model.fileProperty().set(file.toString());
            model.readFile();
            model.kindProperty().set(ListKind.FULL);
            model.departmentProperty().set(Department.CIVIL_AFFAIRS);
            model.monthProperty().set(YearMonth.of(2024, 11));
            model.runPreview();
            model.commit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<ImportLogEntry> table() {
        return robot.lookup("#importLogTable").queryAs(TableView.class);
    }

    @Test
    void theFullListImportedIsLoggedWithItsKindDepartmentMonthAndCounts() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        ReportList.open(robot, "导入记录");
        waitUntil(() -> robot.lookup("#importLogTable").tryQuery().isPresent() && table().getItems().size() == 1);
        assertEquals(List.of(), HeaderCheck.cut(table()));
        List<String> cells = table().getColumns().stream().map(c -> String.valueOf(c.getCellData(0))).toList();
        assertEquals(List.of("民政11月全量.csv", "全量名单", "民政", "2024-11（2024-11-30）", "clerk1",
                "0", "0", "1", "0", "0", "1"), cells.subList(1, cells.size()), "the full list ended 李四, whom it did not name");
        ShotsFolder.shoot(window.scene(), "import-log.png");
    }
}
